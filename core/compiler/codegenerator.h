#pragma once

#include "compiler/compilerprofile.h"
#include "domain/moduledefinition.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Private to core/compiler: the built-in compiler's code generator. It emits C#-like
// source, a few lines per logic node, so that the output's size and the work to
// produce it grow with each element's size (30-40 bytes per unit of size). The
// output depends only on the inputs: the same inputs give the same bytes.
namespace osc::codegen {

struct ModuleContext
{
    const ModuleDefinition *definition = nullptr;
    int moduleVersion = 1;
    const CompilerProfile *profile = nullptr;
    // Producers this module references, by name: the sha256 of their interface.
    QHash<QString, QString> producerInterfaceHashes;
};

struct GeneratedFile
{
    QString path; // relative to the compilation folder, '/'-separated
    QByteArray content;
};

// The relative path of each element's file, index-aligned with definition.elements.
// Distinct even on case-insensitive file systems.
QStringList elementPaths(const ModuleDefinition &definition);

QByteArray generateElement(const ModuleContext &context, const Element &element);
GeneratedFile generateModuleFile(const ModuleContext &context);

} // namespace osc::codegen
