using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of a typed identifier (<see cref="LeaderId"/>, <see cref="SourceId"/>, …):
/// the slug as a string, <c>"xi-jinping"</c> (also as a dictionary key). Reading accepts only a valid
/// slug and throws <see cref="CentralAsiaJsonException"/> with the error code otherwise.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <remarks>Named by <c>[JsonConverter]</c> on each identifier type, so you rarely need it directly; it is
/// public so that source-generated contexts in your own assembly can serialize types that contain identifiers.</remarks>
public sealed class IdentifierConverter<TId> : TextValueConverter<TId>
    where TId : Identifier<TId>, IIdentifier<TId>
{
    internal override TId? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ValueReaders.ReadId<TId>(ref reader, state);
}
