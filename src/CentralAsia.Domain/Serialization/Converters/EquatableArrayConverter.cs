using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an <see cref="EquatableArray{T}"/> as a JSON array, each item with the converter
/// the caller's options give <typeparamref name="T"/>. Every item is read: the errors of all items are
/// reported together, each pointer prefixed with the item's index.
/// </summary>
internal sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var code = reader.TokenType == JsonTokenType.Null ? ErrorCodes.JsonNull : ErrorCodes.JsonType;
            reader.Skip();
            throw CentralAsiaJsonException.ForValue([new ValidationError(code, string.Empty, $"Expected an array of {typeof(T).Name}, found {reader.TokenType.ToString().ToLowerInvariant()}.")]);
        }

        var item = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        var items = ImmutableArray.CreateBuilder<T>();
        List<ValidationError>? errors = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && !item.HandleNull)
            {
                items.Add(default!);
                continue;
            }

            try
            {
                items.Add(item.Read(ref reader, typeof(T), options)!);
            }
            catch (CentralAsiaJsonException e)
            {
                // Our converters read the whole item before they throw, so the next item can be read.
                var prefix = "/" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                errors ??= [];
                foreach (var error in e.Errors)
                {
                    errors.Add(error.WithPrefix(prefix));
                }

                items.Add(default!);
            }
        }

        return errors is null ? new EquatableArray<T>(items.ToImmutable()) : throw CentralAsiaJsonException.ForValue(EquatableArray.From(errors));
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        var item = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        writer.WriteStartArray();
        foreach (var element in value)
        {
            if (element is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                item.Write(writer, element, options);
            }
        }

        writer.WriteEndArray();
    }
}
