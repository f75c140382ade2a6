namespace CentralAsia.Domain.People;

/// <summary>How a leader came to hold a term of office.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<TermKind>))]
public enum TermKind
{
    /// <summary>Elected by popular vote.</summary>
    Elected = 1,

    /// <summary>Elected by a legislature (the National People's Congress, a Supreme Soviet, a parliament).</summary>
    ElectedByLegislature = 2,

    /// <summary>Acting, usually by constitutional succession (a Senate chair, a speaker, a prime minister).</summary>
    Acting = 3,

    /// <summary>Interim or transitional, outside the ordinary succession.</summary>
    Interim = 4,

    /// <summary>Appointed by another body (a party, a security council).</summary>
    Appointed = 5,
}
