namespace CentralAsia.Domain.People;

/// <summary>What kind of other name a <see cref="NameAlias"/> is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<NameAliasKind>))]
public enum NameAliasKind
{
    /// <summary>Another romanisation of the same name (Berdymukhamedov for Berdimuhamedow, Tokaev for Tokayev).</summary>
    Transliteration = 1,

    /// <summary>The name in its own script (习近平, Тоқаев).</summary>
    NativeScript = 2,

    /// <summary>A name the person used before (Rahmonov, until 2007).</summary>
    FormerName = 3,

    /// <summary>An honorific or epithet used as a name (Elbasy, Arkadag, Türkmenbaşy).</summary>
    Epithet = 4,

    /// <summary>A shortened or partial form of the name.</summary>
    ShortForm = 5,
}
