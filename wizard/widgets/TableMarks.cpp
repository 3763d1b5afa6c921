// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TableMarks.h"

#include "widgets/StatusLook.h"

#include <QHash>
#include <QRegularExpression>
#include <QTableWidget>

namespace pveha {

void markTableCells(QTableWidget *table, const QString &listPath, const QStringList &fields,
                    const QList<SpecProblem> &blocking, const QList<SpecProblem> &advisory,
                    const std::function<QString(int column)> &help)
{
    const QRegularExpression cellPath(
        QStringLiteral("^%1\\[(\\d+)\\]\\.(\\w+)$").arg(QRegularExpression::escape(listPath)));
    struct Mark
    {
        QStringList messages;
        bool blocks = false;
    };
    QHash<QPair<int, int>, Mark> marks;
    const auto collect = [&](const QList<SpecProblem> &problems, bool blocks) {
        for (const SpecProblem &problem : problems) {
            const QRegularExpressionMatch m = cellPath.match(problem.path);
            const int column = m.hasMatch() ? int(fields.indexOf(m.captured(2))) : -1;
            if (column < 0)
                continue;
            Mark &mark = marks[qMakePair(m.captured(1).toInt(), column)];
            mark.messages << problem.message;
            mark.blocks = mark.blocks || blocks;
        }
    };
    collect(blocking, true);
    collect(advisory, false);

    const QSignalBlocker blocker(table);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem *item = table->item(row, column);
            if (!item)
                continue;
            const auto it = marks.constFind(qMakePair(row, column));
            if (it == marks.constEnd()) {
                item->setData(Qt::DecorationRole, QVariant());
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(help(column));
                continue;
            }
            const auto status = it->blocks ? StatusLook::Status::Fail : StatusLook::Status::Warn;
            QColor tint = StatusLook::color(status);
            tint.setAlpha(56);
            item->setData(Qt::DecorationRole, StatusLook::icon(status));
            item->setData(Qt::BackgroundRole, tint);
            item->setToolTip(it->messages.join(QLatin1Char('\n')));
        }
    }
    table->viewport()->update();
}

} // namespace pveha
