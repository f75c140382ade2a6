namespace CentralAsia.Domain.Diplomacy;

/// <summary>What a <see cref="Commitment"/> is about.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<CommitmentTheme>))]
public enum CommitmentTheme
{
    /// <summary>Security, law enforcement, defence, counter-terrorism.</summary>
    Security = 1,

    /// <summary>Trade in goods and services, trade facilitation, customs.</summary>
    Trade = 2,

    /// <summary>Investment and investment agreements.</summary>
    Investment = 3,

    /// <summary>Energy: oil, gas, new energy, nuclear.</summary>
    Energy = 4,

    /// <summary>Transport and connectivity: corridors, railways, freight, ports.</summary>
    Transport = 5,

    /// <summary>Culture, tourism, education and people-to-people exchange.</summary>
    Culture = 6,

    /// <summary>Institutions and mechanisms of cooperation (secretariats, ministerial meetings).</summary>
    Institutions = 7,

    /// <summary>Finance, grants and loans.</summary>
    Finance = 8,

    /// <summary>Development, poverty reduction, jobs.</summary>
    Development = 9,

    /// <summary>Environment and green development.</summary>
    Environment = 10,

    /// <summary>Agriculture and food.</summary>
    Agriculture = 11,

    /// <summary>Science, technology and digital cooperation.</summary>
    Technology = 12,

    /// <summary>Health.</summary>
    Health = 13,

    /// <summary>Anything else, including general political statements.</summary>
    Other = 14,
}
