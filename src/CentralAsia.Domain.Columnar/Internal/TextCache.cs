using System;
using System.Collections.Generic;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Internal;

// The text of each distinct code, made once per writer: a million flows share a few hundred partners and HS codes.
internal sealed class TextCache
{
    private readonly Dictionary<TradePartner, ReadOnlyMemory<char>> partners = [];
    private readonly Dictionary<HsCode, ReadOnlyMemory<char>> hsCodes = [];
    private readonly Dictionary<CurrencyCode, ReadOnlyMemory<char>> currencies = [];

    // CountryCode.ToString returns the table's own string: nothing to cache.
    internal static ReadOnlyMemory<char> Of(CountryCode country) => country.ToString().AsMemory();

    internal ReadOnlyMemory<char> Of(TradePartner partner) => Get(partners, partner, static p => p.ToString());

    internal ReadOnlyMemory<char> Of(CurrencyCode currency) => Get(currencies, currency, static c => c.ToString());

    internal ReadOnlyMemory<char> DigitsOf(HsCode code) => Get(hsCodes, code, static c => c.Digits);

    private static ReadOnlyMemory<char> Get<TKey>(Dictionary<TKey, ReadOnlyMemory<char>> cache, TKey key, Func<TKey, string> format)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var text))
        {
            text = format(key).AsMemory();
            if (cache.Count < 65_536)
            {
                cache[key] = text;
            }
        }

        return text;
    }
}
