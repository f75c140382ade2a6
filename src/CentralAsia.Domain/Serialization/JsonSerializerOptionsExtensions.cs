using System;
using System.Text.Json;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// Sets up your own <see cref="JsonSerializerOptions"/> for the types of this library, in the style of
/// NodaTime's <c>ConfigureForNodaTime</c>.
/// </summary>
public static class JsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converter of every record, value type and enumeration of the library to
    /// <see cref="JsonSerializerOptions.Converters"/>, and — when the options have a type-info resolver
    /// (a source-generated context of yours, as ASP.NET and Native AOT apps do) or reflection is
    /// disabled — chains <see cref="CentralAsiaJson.TypeInfoResolver"/> after yours, so the library's
    /// types can also be serialized on their own (<c>JsonSerializer.Serialize(flow, options)</c>).
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (they have been used already).</exception>
    /// <remarks>
    /// <para>You do not need this for the library's types held by your own types: each type names its
    /// converter with <c>[JsonConverter]</c>, which reflection and source generation both honour. Call it
    /// when your options are built from a source-generated context that does not list the library's types,
    /// or to make the converters explicit. Calling it twice adds nothing the second time.</para>
    /// <para>The converters read strictly: a value that is not valid throws <see cref="CentralAsiaJsonException"/>
    /// (a <see cref="JsonException"/>) with every error and its code; nothing is read as <c>default</c>.</para>
    /// </remarks>
    public static JsonSerializerOptions ConfigureForCentralAsia(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        foreach (var converter in JsonTypes.Converters)
        {
            if (!options.Converters.Contains(converter))
            {
                options.Converters.Add(converter);
            }
        }

        var chainOurs = options.TypeInfoResolver is not null || !JsonSerializer.IsReflectionEnabledByDefault;
        if (chainOurs && !options.TypeInfoResolverChain.Contains(CentralAsiaJsonContext.Default))
        {
            options.TypeInfoResolverChain.Add(CentralAsiaJsonContext.Default);
        }

        return options;
    }
}
