#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;
class QKeySequence;
class QLineEdit;
class QPoint;
class QSortFilterProxyModel;
class QTreeView;
class QWidget;

// What the list pages (users, aliases) do alike: make their actions, filter as the user types, copy a row's address,
// and show the context menu of a row's actions.
class ListPageActions
{
    Q_DECLARE_TR_FUNCTIONS(ListPageActions)

public:
    // An action of the page (object name, shortcut for the page and its children), added to it for its shortcut.
    static QAction* makeAction(QWidget* page, const QString& text, const QString& objectName,
                               const QKeySequence& shortcut);

    // Typing in filterEdit filters the proxy at once (groups stay expanded); the find action selects the filter text.
    static void connectFilter(QLineEdit* filterEdit, QSortFilterProxyModel* proxy, QTreeView* view, QAction* find);

    // Puts text on the clipboard; returns the status line that says so.
    static QString copyToClipboard(const QString& text);

    // Makes the row under pos current, lets the page update its actions, then pops up a menu named objectName (a
    // child of page, deleted when closed) with the actions; a null action stands for a separator.
    static void popupContextMenu(QWidget* page, QAbstractItemView* view, const QPoint& pos, const QString& objectName,
                                 const QList<QAction*>& actions, const std::function<void()>& updateActions);
};
