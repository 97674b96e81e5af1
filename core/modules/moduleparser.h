#pragma once

#include "domain/moduledefinition.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace osc {

// Parses module definition files, format v1 (docs/module-format.md,
// resources/schema/module-v1.schema.json).
//
// On bad input it returns ErrorCode::BadInput whose message reads
//   "<file>:<line>:<column>: expected <what was expected>, found <what was found>"
// (line and column 1-based, column counted in characters), and never crashes,
// hangs or allocates without bound, whatever the bytes.
class ModuleParser
{
public:
    static Result<ModuleDefinition> parse(const QByteArray &data, const QString &fileName);
    static Result<ModuleDefinition> parseFile(const QString &path);

    // The longest name the format allows, in characters.
    static constexpr int maxNameLength = 100;
    // Whether the format allows `name` as a name (a module's, an element's, a setting's):
    // a letter, then up to maxNameLength - 1 letters, digits or '_'.
    static bool isName(QStringView name);
};

} // namespace osc
