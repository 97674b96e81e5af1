#pragma once

#include <span>

namespace osc::demo {

// The words the demo factory builds its names from: an enterprise's business domains,
// its shared libraries, the external systems it integrates with, and the attribute,
// verb and setting vocabularies of its modules. Plain constant tables.

struct DomainWords
{
    const char *name; // identifier part, e.g. "Billing"
    const char *display; // e.g. "Billing"
    const char *nouns[4];
};

struct FoundationLibrary
{
    const char *name; // e.g. "Common_Lib"
    const char *description;
    const char *topics[4];
};

struct ExternalSystem
{
    const char *name; // identifier part, e.g. "Payments_Gateway"
    const char *display; // e.g. "the payments gateway"
};

struct Word
{
    const char *name;
    const char *type;
};

struct UserInterfaceKind
{
    const char *suffix; // e.g. "Portal"
    const char *description; // "%1" is the application's display name
};

struct SettingTemplate
{
    const char *name;
    const char *type;
    const char *defaultValue; // "%1" is the module's name in lower case
};

std::span<const DomainWords> domains();
std::span<const char *const> qualifiers(); // business units: "Retail", "Corporate", …
std::span<const char *const> regions(); // "EU", "US", …
std::span<const char *const> serviceAreas(); // core service sub-areas: "Pricing", …
std::span<const FoundationLibrary> foundationLibraries(); // the first four are the widest
std::span<const ExternalSystem> modernSystems();
std::span<const ExternalSystem> legacySystems();
std::span<const char *const> integrationObjects();
std::span<const UserInterfaceKind> userInterfaceKinds();
std::span<const char *const> genericNouns();
std::span<const char *const> entityVariants(); // "Type", "History", …: more entities of a noun
std::span<const char *const> structureSuffixes();
std::span<const char *const> serviceVerbs();
std::span<const char *const> libraryVerbs();
std::span<const char *const> integrationVerbs();
std::span<const char *const> screenVerbs();
std::span<const Word> attributes(); // name and basic type
std::span<const SettingTemplate> librarySettings();
std::span<const SettingTemplate> integrationSettings();
std::span<const SettingTemplate> serviceSettings();
std::span<const SettingTemplate> userInterfaceSettings();

// Platform APIs of 11.11.0 with their canonical signatures.
std::span<const Word> currentApis();
// Signatures of the legacy APIs that 11.12.0 removes or 11.19.0 removes or changes.
inline constexpr Word legacySoapCall{"Legacy.SoapCall",
                                     "(Endpoint: Text, Envelope: Text) -> (Response: Text)"};
inline constexpr Word legacyMd5{"Crypto.MD5", "(Value: Text) -> (Hash: Text)"};
inline constexpr Word legacyWebScreenRender{"Legacy.WebScreenRender",
                                            "(Screen: Text) -> (Html: Text)"};
inline constexpr Word legacyExcelImport{"Excel.Import", "(Content: Binary) -> (Rows: Integer)"};

} // namespace osc::demo
