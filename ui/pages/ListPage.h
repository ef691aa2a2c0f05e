#pragma once

#include "ListFilterProxyModel.h"

#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <limits>

class ApiClient;
class ApiGuidePage;
class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QToolBar;
class QTreeView;

// The frame every list page of the desktop shares (users, aliases; DNS records and backups later): a title and an
// optional explanation, a toolbar, a filter field (type to filter, Ctrl+F to find), the tree view over a filter
// proxy, an empty state over the view ("No … match “…”"), a status line and a busy state while the list loads.
// Row actions are made with makeAction(): each gets its icon, its shortcut for the page (New = Ctrl+N, Edit = F2,
// Delete = Del, Copy = Ctrl+C) and its place in the context menu. Destructive actions are confirmed with confirm(),
// whose button says the verb. Further tabs (e.g. the page's API) go beside the list with addTab().
// The page knows nothing of what it lists: subclasses own the model, the app/ service and their texts.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ~ListPage() override;

    void setClient(ApiClient* client);
    ApiClient* client() const;
    virtual void refresh() = 0;
    virtual bool isBusy() const = 0; // the list is loading
    // The box's host name (its PRIMARY_HOSTNAME) for the API tab's examples; without one, the host the app
    // connects to.
    void setBoxHostname(const QString& host);

    ListFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QString statusText() const;
    QString emptyStateText() const; // what the empty state shows now (empty when hidden)
    QMessageBox* confirmation() const { return m_confirmation; } // the open question, if any

protected:
    enum class Key { None, New, Edit, Delete, Copy };

    // The page takes the model and the proxy (made without a parent) as its children; `name` prefixes the object
    // names of the view, toolbar, tabs and context menu (e.g. "users" → usersTreeView).
    ListPage(const QString& title, const QString& name, QAbstractItemModel* model, ListFilterProxyModel* proxy,
             QWidget* parent);

    // Called when the client changes (null when logged out), before the actions are updated.
    virtual void clientChanged(ApiClient* client) = 0;
    virtual void updateActions() = 0;

    // An action of the page with a freedesktop icon name (see Icons::themed) and one of the standard row keys.
    QAction* makeAction(const QString& text, const QString& objectName, const QString& iconName, Key key = Key::None);
    // The toolbar and the context menu, in order; a null action stands for a separator.
    void setToolBarActions(const QList<QAction*>& actions);
    void setContextMenuActions(const QList<QAction*>& actions);
    void setActivateAction(QAction* action); // triggered by a double click on a row
    void setExplanation(const QString& text);
    // Groups are shown expanded while there are at most `groups` of them (all by default); above that they stay
    // collapsed (a thousand zones are a list to pick from, and expanding them all costs more than it shows).
    void setExpandLimit(int groups) { m_expandLimit = groups; }
    void setFilterPlaceholder(const QString& text);
    // The empty state: `empty` when there are no rows at all, `noMatch` (with %1 = the filter) when none matches.
    void setEmptyTexts(const QString& empty, const QString& noMatch);
    void addTab(QWidget* widget, const QString& title); // the list is the first tab; the tab bar shows from two
    // The "API" tab: its examples name the box (see setBoxHostname), its copy buttons report in the status line.
    void setApiPage(ApiGuidePage* page);
    // The host name the examples use (see setBoxHostname).
    QString boxHostname() const;

    void showStatus(const QString& text);
    void setLoading(bool loading, const QString& text = {});
    void showCopied(const QString& text); // puts text on the clipboard and says so

    QModelIndex currentIndex() const; // the view's current row, column 0, in source-model terms
    bool selectIndex(const QModelIndex& source); // makes a source row current, clearing a filter that hides it
    // The row nearest to `source` as the view shows it that `acceptable` takes (below it, then above it, then the
    // neighbouring groups), for the selection to stay nearby when `source` goes away; invalid if there is none.
    QPersistentModelIndex neighbourOf(const QModelIndex& source,
                                      const std::function<bool(const QModelIndex&)>& acceptable) const;

    struct Confirmation
    {
        QString title;
        QString text;
        QString informativeText;
        QString verb; // the accepting button, e.g. tr("&Archive")
        QString objectName;
    };
    // Asks (window-modal, opened with open()); `accepted` runs if the verb was chosen.
    void confirm(const Confirmation& question, const std::function<void()>& accepted);

    // Called after every filter change and every change of the shown rows.
    void updateEmptyState();

private:
    void applyFilter(const QString& text);
    void updateHostname();
    void showContextMenu(const QPoint& pos);
    void fitToolBar();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QPointer<ApiClient> m_client;
    QAbstractItemModel* m_model;
    ListFilterProxyModel* m_proxy;
    QTabWidget* m_tabs;
    QLabel* m_explanation;
    QToolBar* m_toolBar;
    int m_toolBarFittedWidth = -1;
    QLineEdit* m_filterEdit;
    QPushButton* m_refreshButton;
    QTreeView* m_view;
    QLabel* m_emptyLabel;
    QLabel* m_statusLabel;
    ApiGuidePage* m_apiPage = nullptr;
    QString m_boxHostname;
    QAction* m_findAction;
    QAction* m_activateAction = nullptr;
    QList<QAction*> m_contextActions;
    QString m_emptyText;
    QString m_noMatchText;
    bool m_loading = false;
    int m_expandLimit = std::numeric_limits<int>::max();
    QPointer<QMessageBox> m_confirmation;
};
