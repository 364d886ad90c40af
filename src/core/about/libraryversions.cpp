#include "about/libraryversions.h"

#include "layout/graphviz_p.h"

#include <boost/version.hpp>
#include <simdjson.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

// SIMDJSON_VERSION is a bare token sequence (3.0.1), not a string.
#define ENTENTE_STRINGIFY_(x) #x
#define ENTENTE_STRINGIFY(x) ENTENTE_STRINGIFY_(x)

namespace entente {

QList<QPair<QString, QString>> libraryVersions()
{
    // BOOST_LIB_VERSION is "1_74": the header's own spelling, shown as 1.74.
    QString boost = QString::fromLatin1(BOOST_LIB_VERSION);
    boost.replace(u'_', u'.');
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"Boost"_s, boost},
        {u"Graphviz"_s, Graphviz::version()},
        {u"simdjson"_s, QString::fromLatin1(ENTENTE_STRINGIFY(SIMDJSON_VERSION))},
    };
}

} // namespace entente
