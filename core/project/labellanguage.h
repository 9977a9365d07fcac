#pragma once

#include <QString>

namespace core {

enum class LabelLanguage { Chinese, English };

// The attribute that holds a feature's name in the given language.
inline QString nameField(LabelLanguage language)
{
    return language == LabelLanguage::Chinese ? QStringLiteral("name_zh")
                                              : QStringLiteral("name_en");
}

} // namespace core
