#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace osc {

// A platform version such as 11.19.0. Ordered numerically, part by part.
struct PlatformVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    // Parses "MAJOR.MINOR.PATCH" (each a non-negative integer); nullopt otherwise.
    static std::optional<PlatformVersion> parse(const QString &text);
    QString toString() const;
    bool isNull() const { return major == 0 && minor == 0 && patch == 0; }

    friend auto operator<=>(const PlatformVersion &, const PlatformVersion &) = default;
    friend bool operator==(const PlatformVersion &, const PlatformVersion &) = default;
};

} // namespace osc

Q_DECLARE_METATYPE(osc::PlatformVersion)
