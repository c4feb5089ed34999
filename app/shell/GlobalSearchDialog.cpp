#include "GlobalSearchDialog.h"

#include "ClearButton.h"
#include "EmptyState.h"
#include "search/SearchService.h"
#include "session/Session.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtMath>
#include <algorithm>

namespace GovDesk::Shell {

namespace {

using enum GlobalSearchDialog::ItemRole;

constexpr int Padding = 6;
constexpr int SnippetLines = 2;

// Qt's rich text has no <mark>; the service escapes everything else, so a plain replace is safe.
// The text colour is fixed because the yellow must stay readable on a selected (dark) row too.
QString toQtRichText(const QString &serviceHtml)
{
    QString html = serviceHtml;
    html.replace(QStringLiteral("<mark>"),
                 QStringLiteral("<span style=\"background-color:#ffe58f; color:#1f1f1f;\">"));
    html.replace(QStringLiteral("</mark>"), QStringLiteral("</span>"));
    return html;
}

QColor mix(const QColor &a, const QColor &b, qreal weightOfA)
{
    return QColor::fromRgbF(a.redF() * weightOfA + b.redF() * (1 - weightOfA),
                            a.greenF() * weightOfA + b.greenF() * (1 - weightOfA),
                            a.blueF() * weightOfA + b.blueF() * (1 - weightOfA));
}

// Paints a hit as its title (bold, with the date on the right) over up to two lines of snippet,
// both with the matches highlighted. Module headings are painted by the base class.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(IsHitRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear(); // the rich text below replaces the plain title
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette &palette = opt.palette;
        const QColor titleColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor quietColor
            = selected ? titleColor : mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.6);
        const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);

        painter->save();
        painter->setClipRect(opt.rect);

        // Date first, so that the title knows how much room is left.
        int dateWidth = 0;
        const QDateTime updatedAt = index.data(UpdatedAtRole).toDateTime();
        if (updatedAt.isValid()) {
            // Translated format: Chinese dates read 2014年3月6日 (no leading zeros, GB/T 9704 style).
            const QString date
                = QLocale().toString(updatedAt.toLocalTime().date(), GlobalSearchDialog::tr("yyyy-MM-dd"));
            const QFont dateFont = smallerFont(opt.font);
            const QFontMetrics metrics(dateFont);
            dateWidth = metrics.horizontalAdvance(date) + 2 * Padding;
            painter->setFont(dateFont);
            painter->setPen(quietColor);
            painter->drawText(QRect(area.left(), area.top(), area.width(), lineHeight(boldFont(opt.font))),
                              Qt::AlignRight | Qt::AlignVCenter, date);
        }

        QTextDocument title;
        title.setDocumentMargin(0);
        title.setDefaultFont(boldFont(opt.font));
        title.setHtml(toQtRichText(index.data(TitleHtmlRole).toString()));
        title.setTextWidth(std::max(area.width() - dateWidth, 1));
        const int titleHeight = lineHeight(boldFont(opt.font));
        drawDocument(painter, title, area.topLeft(), clipHeight(title, 1, titleHeight), titleColor);

        QTextDocument snippet;
        snippet.setDocumentMargin(0);
        snippet.setDefaultFont(smallerFont(opt.font));
        snippet.setHtml(toQtRichText(index.data(SnippetHtmlRole).toString()));
        snippet.setTextWidth(std::max(area.width(), 1));
        const int snippetLine = lineHeight(smallerFont(opt.font));
        drawDocument(painter, snippet, area.topLeft() + QPoint(0, titleHeight + Padding / 2),
                     clipHeight(snippet, SnippetLines, SnippetLines * snippetLine), quietColor);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!index.data(IsHitRole).toBool())
            return QSize(size.width(), size.height() + Padding);
        // Every hit row is as tall as a title and two snippet lines, so rows line up however the
        // snippets wrap (and the height need not follow the view's width).
        const int height = 2 * Padding + lineHeight(boldFont(option.font)) + Padding / 2
                           + SnippetLines * lineHeight(smallerFont(option.font));
        return QSize(size.width(), height);
    }

private:
    static QFont boldFont(QFont font)
    {
        font.setBold(true);
        return font;
    }

    static QFont smallerFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.92 : 9);
        return font;
    }

    // The height rich text really takes per line: Chinese falls back to a CJK font whose line is
    // taller than the Latin font's metrics say.
    int lineHeight(const QFont &font) const
    {
        const QString key = font.key();
        if (auto it = m_lineHeights.constFind(key); it != m_lineHeights.cend())
            return *it;
        QTextDocument sample;
        sample.setDocumentMargin(0);
        sample.setDefaultFont(font);
        sample.setPlainText(QStringLiteral("国Ag"));
        const int height = qCeil(sample.size().height());
        m_lineHeights.insert(key, height);
        return height;
    }

    // The height of the first `lines` lines, so that a cut-off text ends at a whole line.
    static int clipHeight(const QTextDocument &document, int lines, int fallback)
    {
        const QTextBlock block = document.firstBlock();
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return fallback;
        const int last = std::min(lines, layout->lineCount()) - 1;
        return qCeil(layout->position().y() + layout->lineAt(last).rect().bottom());
    }

    static void drawDocument(QPainter *painter, const QTextDocument &document, QPoint topLeft, int height,
                             const QColor &color)
    {
        painter->save();
        painter->translate(topLeft);
        const QRectF clip(0, 0, document.textWidth(), height);
        painter->setClipRect(clip, Qt::IntersectClip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, color);
        context.clip = clip;
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    mutable QHash<QString, int> m_lineHeights;
};

} // namespace

GlobalSearchDialog::GlobalSearchDialog(Core::Session &session,
                                       std::function<QString(const QString &)> moduleName,
                                       QStringList hiddenModules, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_moduleName(std::move(moduleName))
    , m_hiddenModules(std::move(hiddenModules))
    , m_edit(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_results(new QTreeWidget(this))
    , m_message(new Ui::EmptyState(QString(), QString(), this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Search"));
    resize(640, 420);

    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search documents, requests, reports… (Ctrl+K)"));
    Ui::offerClearButton(m_edit);
    QFont editFont = m_edit->font();
    editFont.setPointSizeF(editFont.pointSizeF() * 1.15);
    m_edit->setFont(editFont);
    m_edit->setMinimumHeight(m_edit->sizeHint().height() + 8);
    m_edit->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(1);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setExpandsOnDoubleClick(false);
    m_results->setIndentation(14);
    m_results->setUniformRowHeights(false);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    // Focus stays in the box, as in any command palette; the box passes Up, Down and Enter on.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setItemDelegate(new HitDelegate(m_results));
    // Without focus the selection would be drawn in the pale inactive colour and look lost.
    QPalette palette = m_results->palette();
    for (auto role : {QPalette::Highlight, QPalette::HighlightedText})
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    m_results->setPalette(palette);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activateHit(item); });

    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_pages->addWidget(m_results);
    m_pages->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_pages, 1);

    // Searching takes milliseconds, but not on every keystroke of a fast typist.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchDialog::runSearch);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    // Hits show record titles: they must not stay on screen over the lock overlay.
    connect(&m_session, &Core::Session::locked, this, [this] {
        m_debounce->stop();
        clearResults();
        reject();
    });

    m_edit->setFocus();
}

void GlobalSearchDialog::setQuery(const QString &text)
{
    m_edit->setText(text);
    m_edit->selectAll();
    runSearch();
}

QString GlobalSearchDialog::query() const
{
    return m_edit->text();
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrentHit(+1);
            return true;
        case Qt::Key_Up:
            moveCurrentHit(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Typed and pressed Enter within the delay: search now, so Enter opens what was typed.
            if (m_debounce->isActive())
                runSearch();
            activateHit(m_results->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Like other command palettes: near the top of the window, where the eye already is.
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect frame = window->geometry();
        move(frame.left() + (frame.width() - width()) / 2, frame.top() + std::min(80, frame.height() / 8));
    }
    m_edit->setFocus();
    m_edit->selectAll();
}

void GlobalSearchDialog::runSearch()
{
    m_debounce->stop();
    clearResults();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || !m_session.isUnlocked())
        return;

    Core::SearchQuery query;
    query.text = text;
    query.limit = HitLimit;
    query.excludedModules = m_hiddenModules;
    const auto hits = m_session.search().search(query);
    if (!hits) {
        showMessage(tr("Search failed"), hits.error().message);
        return;
    }
    if (hits->isEmpty()) {
        showMessage(tr("No results for \"%1\"").arg(text), tr("Check the spelling or use fewer words."));
        return;
    }

    // Modules in the order of their best hit; within a module, the service's ranking.
    QHash<QString, QTreeWidgetItem *> groups;
    QList<QTreeWidgetItem *> groupOrder;
    for (const Core::SearchHit &hit : *hits) {
        QTreeWidgetItem *group = groups.value(hit.module);
        if (!group) {
            group = new QTreeWidgetItem(m_results);
            group->setFlags(Qt::ItemIsEnabled);
            group->setData(0, IsHitRole, false);
            group->setData(0, ModuleRole, hit.module);
            QFont font = m_results->font();
            font.setBold(true);
            group->setFont(0, font);
            groups.insert(hit.module, group);
            groupOrder << group;
        }
        auto *item = new QTreeWidgetItem(group);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setText(0, hit.title); // for accessibility; the delegate paints the rich text
        item->setToolTip(0, hit.title);
        item->setData(0, IsHitRole, true);
        item->setData(0, ModuleRole, hit.module);
        item->setData(0, RecordIdRole, hit.recordId);
        item->setData(0, TitleHtmlRole, hit.titleHtml);
        item->setData(0, SnippetHtmlRole, hit.snippetHtml);
        item->setData(0, UpdatedAtRole, hit.updatedAt);
    }
    for (QTreeWidgetItem *group : std::as_const(groupOrder)) {
        group->setText(0, tr("%1 (%2)", "module name, number of hits")
                              .arg(displayNameOf(group->data(0, ModuleRole).toString()))
                              .arg(group->childCount()));
        for (int i = 0; i < group->childCount(); ++i)
            m_hitItems << group->child(i);
    }
    m_results->expandAll();
    // The best hit is current at once, so that typing and Enter opens it.
    m_results->setCurrentItem(m_hitItems.constFirst());
    m_results->scrollToTop();
}

void GlobalSearchDialog::clearResults()
{
    m_hitItems.clear();
    m_results->clear();
    m_pages->setCurrentWidget(m_results);
}

void GlobalSearchDialog::showMessage(const QString &title, const QString &hint)
{
    m_message->setText(title, hint);
    m_pages->setCurrentWidget(m_message);
}

void GlobalSearchDialog::moveCurrentHit(int step)
{
    if (m_hitItems.isEmpty())
        return;
    const qsizetype current = m_hitItems.indexOf(m_results->currentItem());
    const qsizetype next = current < 0 ? 0 : std::clamp(current + step, qsizetype(0), m_hitItems.size() - 1);
    QTreeWidgetItem *item = m_hitItems.at(next);
    m_results->setCurrentItem(item);
    // Show the module heading too when moving onto a module's first hit.
    if (item->parent() && item->parent()->indexOfChild(item) == 0)
        m_results->scrollToItem(item->parent());
    m_results->scrollToItem(item);
}

void GlobalSearchDialog::activateHit(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, IsHitRole).toBool())
        return;
    const QString module = item->data(0, ModuleRole).toString();
    const QString recordId = item->data(0, RecordIdRole).toString();
    accept();
    Q_EMIT hitActivated(module, recordId);
}

QString GlobalSearchDialog::displayNameOf(const QString &moduleId) const
{
    const QString name = m_moduleName ? m_moduleName(moduleId) : QString();
    return name.isEmpty() ? moduleId : name;
}

} // namespace GovDesk::Shell
