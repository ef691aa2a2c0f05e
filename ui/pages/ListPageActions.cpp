#include "ListPageActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>

QAction* ListPageActions::makeAction(QWidget* page, const QString& text, const QString& objectName,
                                     const QKeySequence& shortcut)
{
    auto* action = new QAction(text, page);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QString ListPageActions::copyToClipboard(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    return tr("Copied %1.").arg(text);
}

void ListPageActions::popupContextMenu(QWidget* page, QAbstractItemView* view, const QPoint& pos,
                                       const QString& objectName, const QList<QAction*>& actions,
                                       const std::function<void()>& updateActions)
{
    const QModelIndex at = view->indexAt(pos);
    if (at.isValid()) {
        view->setCurrentIndex(at);
    }
    updateActions();
    auto* menu = new QMenu(page);
    menu->setObjectName(objectName);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : actions) {
        if (action) {
            menu->addAction(action);
        } else {
            menu->addSeparator();
        }
    }
    menu->popup(view->viewport()->mapToGlobal(pos));
}

void ListPageActions::connectFilter(QLineEdit* filterEdit, QSortFilterProxyModel* proxy, QTreeView* view, QAction* find)
{
    QObject::connect(filterEdit, &QLineEdit::textChanged, view, [proxy, view](const QString& text) {
        proxy->setFilterFixedString(text);
        view->expandAll();
    });
    QObject::connect(find, &QAction::triggered, filterEdit, [filterEdit] {
        filterEdit->setFocus();
        filterEdit->selectAll();
    });
}
