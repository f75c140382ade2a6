namespace CentralAsia.Domain.Trade;

/// <summary>The valuation basis of a trade figure (Incoterms as used in trade statistics).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<Valuation>))]
public enum Valuation
{
    /// <summary>Not stated by the source.</summary>
    Unknown = 0,

    /// <summary>Free on board: the value at the exporter's border (usual for exports).</summary>
    Fob = 1,

    /// <summary>Cost, insurance and freight: the value at the importer's border (usual for imports).</summary>
    Cif = 2,
}
