namespace CentralAsia.Domain.Values;

/// <summary>
/// The closed set of units a <see cref="Quantity"/> may carry; each has one text symbol
/// (see <see cref="Units.GetSymbol(Unit)"/>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<Unit>))]
public enum Unit
{
    /// <summary>Billion cubic metres of gas a year, <c>bcm/yr</c> (pipeline capacity).</summary>
    BillionCubicMetresPerYear = 1,

    /// <summary>Billion cubic metres of gas, <c>bcm</c> (volume delivered).</summary>
    BillionCubicMetres = 2,

    /// <summary>Million tonnes a year, <c>Mt/yr</c> (oil pipeline or corridor capacity).</summary>
    MegatonnesPerYear = 3,

    /// <summary>Million tonnes, <c>Mt</c> (cargo carried).</summary>
    Megatonnes = 4,

    /// <summary>Twenty-foot equivalent units a year, <c>TEU/yr</c>.</summary>
    TeuPerYear = 5,

    /// <summary>Twenty-foot equivalent units, <c>TEU</c>.</summary>
    Teu = 6,

    /// <summary>Trains a year, <c>trains/yr</c>.</summary>
    TrainsPerYear = 7,

    /// <summary>Trains, <c>trains</c>.</summary>
    Trains = 8,

    /// <summary>Kilometres, <c>km</c> (length).</summary>
    Kilometres = 9,

    /// <summary>Millimetres, <c>mm</c> (pipe diameter).</summary>
    Millimetres = 10,

    /// <summary>Megawatts, <c>MW</c> (generating capacity).</summary>
    Megawatts = 11,

    /// <summary>People, <c>people</c> (jobs, passengers).</summary>
    People = 12,

    /// <summary>Kilograms (<c>kg</c>): UN Comtrade's net weight and its quantity unit 8.</summary>
    Kilograms = 13,

    /// <summary>Litres (<c>l</c>): UN Comtrade's quantity unit 7.</summary>
    Litres = 14,

    /// <summary>Cubic metres (<c>m3</c>): UN Comtrade's quantity unit 12.</summary>
    CubicMetres = 15,

    /// <summary>A number of items (<c>items</c>): UN Comtrade's quantity unit 5.</summary>
    Items = 16,
}
