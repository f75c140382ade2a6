namespace CentralAsia.Domain.Infrastructure;

/// <summary>What an <see cref="InfrastructureProject"/> builds.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<ProjectKind>))]
public enum ProjectKind
{
    /// <summary>A gas pipeline (Central Asia–China gas pipeline, Line D).</summary>
    GasPipeline = 1,

    /// <summary>An oil pipeline (Kazakhstan–China oil pipeline).</summary>
    OilPipeline = 2,

    /// <summary>A railway (China–Kyrgyzstan–Uzbekistan railway).</summary>
    Railway = 3,

    /// <summary>A road or highway.</summary>
    Road = 4,

    /// <summary>A multimodal transport corridor (Middle Corridor).</summary>
    Corridor = 5,

    /// <summary>A logistics hub, dry port or border cooperation centre (Khorgos).</summary>
    LogisticsHub = 6,

    /// <summary>A sea or river port (Aktau, Kuryk, Turkmenbashi).</summary>
    Port = 7,

    /// <summary>Power generation or transmission.</summary>
    Power = 8,

    /// <summary>Anything else.</summary>
    Other = 9,
}
