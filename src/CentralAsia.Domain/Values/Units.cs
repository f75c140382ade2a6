using System;

namespace CentralAsia.Domain.Values;

/// <summary>The text symbols of <see cref="Unit"/> and what kind of measure each unit is.</summary>
public static class Units
{
    private static readonly string[] Symbols =
        ["", "bcm/yr", "bcm", "Mt/yr", "Mt", "TEU/yr", "TEU", "trains/yr", "trains", "km", "mm", "MW", "people", "kg", "l", "m3", "items"];

    /// <summary>Every symbol, comma separated, for messages.</summary>
    internal static string AllSymbols { get; } = string.Join(", ", Symbols[1..]);

    /// <summary>The symbol of a unit, for example <c>"bcm/yr"</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Unit"/>.</exception>
    public static string GetSymbol(Unit unit) =>
        IsDefined(unit) ? Symbols[(int)unit] : throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined Unit.");

    /// <summary>Finds the unit with the given symbol (exact, case-sensitive: <c>Mt</c> is not <c>mt</c>).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="unit">The unit, or default.</param>
    /// <returns>Whether the symbol is known.</returns>
    public static bool TryParseSymbol(ReadOnlySpan<char> symbol, out Unit unit)
    {
        for (var i = 1; i < Symbols.Length; i++)
        {
            if (symbol.SequenceEqual(Symbols[i]))
            {
                unit = (Unit)i;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>Whether the unit measures a yearly rate (bcm/yr, Mt/yr, TEU/yr, trains/yr) or a power (MW): the units of a capacity.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>True for capacity units.</returns>
    public static bool IsCapacity(Unit unit) =>
        unit is Unit.BillionCubicMetresPerYear or Unit.MegatonnesPerYear or Unit.TeuPerYear or Unit.TrainsPerYear or Unit.Megawatts;

    /// <summary>Whether the unit measures a length (km, mm).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>True for length units.</returns>
    public static bool IsLength(Unit unit) => unit is Unit.Kilometres or Unit.Millimetres;

    internal static bool IsDefined(Unit unit) => unit >= Unit.BillionCubicMetresPerYear && unit <= Unit.Items;
}
