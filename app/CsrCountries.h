#pragma once

#include <QList>
#include <QString>

// The countries a certificate signing request may name (C=), as Mail-in-a-Box's control panel offers them
// (its management/csr_country_codes.tsv): ISO 3166-1 alpha-2 codes with English names, the countries with the most
// Internet users first.
namespace CsrCountries {

struct Country
{
    QString code; // "US"
    QString name; // translated
};

// Upstream's order: the common countries, then the others by code.
QList<Country> all();
// How many of all() are the common ones at the top.
int commonCount();
// The others sorted by their (translated) name, for a picker; all() holds them by code.
QList<Country> others();
QString nameOf(const QString& code); // empty for a code not in the list
} // namespace CsrCountries
