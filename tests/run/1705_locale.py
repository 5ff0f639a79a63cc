# _locale (what locale builds on): setlocale, localeconv, nl_langinfo,
# getencoding, strcoll/strxfrm, the gettext family, errors.
import _locale

print(_locale.getencoding(), _locale.nl_langinfo(_locale.CODESET))
print(_locale.setlocale(_locale.LC_CTYPE))
print(_locale.setlocale(_locale.LC_NUMERIC, 'C'), _locale.setlocale(_locale.LC_NUMERIC, None))
print(_locale.setlocale(_locale.LC_COLLATE, 'C'), _locale.setlocale(_locale.LC_TIME, 'C'))
conventions = _locale.localeconv()
print(sorted(conventions.items()))
print([_locale.nl_langinfo(getattr(_locale, name)) for name in
       ('DAY_1', 'ABDAY_2', 'MON_3', 'ABMON_12', 'RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT', 'AM_STR',
        'PM_STR', 'T_FMT_AMPM', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS', '_DATE_FMT')])
print(_locale.strcoll('a', 'b'), _locale.strcoll('b', 'a'), _locale.strcoll('same', 'same'), _locale.strxfrm('abc'))
print(sorted(['b', 'A', 'a', 'B'], key=_locale.strxfrm))
print(_locale.gettext('message'), _locale.dgettext(None, 'other'), _locale.dcgettext('domain', 'third',
                                                                                      _locale.LC_MESSAGES))
print(_locale.textdomain(None), _locale.bindtextdomain('krait', None), _locale.bind_textdomain_codeset('krait', None),
      _locale.bind_textdomain_codeset('', None))
for call, arguments in [(_locale.setlocale, (_locale.LC_ALL, 'no_SUCH.locale')), (_locale.setlocale, (99,)),
                        (_locale.setlocale, (0, 3)), (_locale.nl_langinfo, (12345,)), (_locale.strcoll, ('a', 1)),
                        (_locale.strcoll, ('a',)), (_locale.strxfrm, (b'x',)), (_locale.gettext, (1,)),
                        (_locale.bindtextdomain, ('', None)), (_locale.textdomain, (1,))]:
    try:
        call(*arguments)
    except (_locale.Error, TypeError, ValueError) as error:
        print(type(error).__name__, error)
print(_locale.Error.__module__, _locale.Error.__mro__[1:], _locale.CHAR_MAX)
print([getattr(_locale, name) for name in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                                           'LC_MESSAGES', 'LC_ALL', 'CODESET', 'D_T_FMT', 'DAY_1', '_DATE_FMT')])
print(sorted(name for name in dir(_locale) if not name.startswith('__')))
