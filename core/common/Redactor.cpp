// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Redactor.h"

namespace pveha {

Redactor &Redactor::instance()
{
    static Redactor s_instance;
    return s_instance;
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

void Redactor::clear()
{
    QMutexLocker lock(&m_mutex);
    m_secrets.clear();
}

QString Redactor::redact(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    if (m_secrets.isEmpty())
        return text;
    QString out = text;
    for (const QString &secret : m_secrets)
        out.replace(secret, mask());
    return out;
}

} // namespace pveha
