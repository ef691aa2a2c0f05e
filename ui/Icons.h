#pragma once

#include <QIcon>

class QString;

// Icons for the navigation, toolbars and menus: the desktop's icon theme first (freedesktop icon names such as
// "list-add"), else the SVG bundled under :/icons/<name>.svg, so the app looks the same without a theme.
namespace Icons {
QIcon themed(const QString& name);
}
