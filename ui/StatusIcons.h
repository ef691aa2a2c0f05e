#pragma once

#include "StatusItems.h"

#include <QIcon>

// The ok / warning / error marks of the status checks, drawn (a green tick, an amber question mark, a red cross on
// a round badge) so they look the same with every icon theme and none; made once.
namespace StatusIcons {
QIcon forState(StatusItem::Type type); // a null icon for Heading
}
