using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Serialization.Converters;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization.UserTypes;

/// <summary>
/// Every public record, value type and enumeration of the library reads and writes in its canonical form
/// inside a user's own types — with reflection, with a user's source-generated context, and with the
/// library's resolver chained after the user's — and a wrong value is a <see cref="JsonException"/>, never default.
/// </summary>
public class UserTypeSerializationTests
{
    private static readonly JsonSerializerOptions Reflection = new();

    private static readonly JsonSerializerOptions SourceGenerated = new() { TypeInfoResolver = UserJsonContext.Default };

    // The user's context first, the library's resolver chained after it.
    private static readonly JsonSerializerOptions Chained = new JsonSerializerOptions { TypeInfoResolver = UserJsonContext.Default }.ConfigureForCentralAsia();

    // A user's context that lists none of the library's types: those at the root come from the chained resolver.
    private static readonly JsonSerializerOptions NarrowChained = new JsonSerializerOptions { TypeInfoResolver = NarrowUserJsonContext.Default }.ConfigureForCentralAsia();

    public static TheoryData<Type> Types() => new(Samples.SerializablePublicTypes());

    public static TheoryData<Type> ReadableTypes() => new(Samples.SerializablePublicTypes().Where(t => !Samples.IsWriteOnly(t)));

    public static TheoryData<Type> KeyTypes() =>
        new(Samples.SerializablePublicTypes().Where(t => JsonTypes.Find(t) is { } c && (bool)c.GetType().GetProperty("CanBeKey", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(c)!));

    [Fact]
    public void The_list_of_types_is_exactly_the_public_serializable_types()
    {
        var listed = JsonTypes.Converters.Select(c => c.Type ?? typeof(EquatableArray<>)).ToHashSet();
        var expected = Samples.SerializablePublicTypes().ToHashSet();
        Assert.Empty(expected.Except(listed).Select(t => t.Name));
        Assert.Empty(listed.Except(expected).Select(t => t.Name));
        Assert.Equal(expected.Count, JsonTypes.Converters.Length);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_type_names_its_listed_converter_and_the_library_context_knows_it(Type type)
    {
        var attribute = type.GetCustomAttribute<JsonConverterAttribute>();
        Assert.NotNull(attribute);
        var listed = type.IsGenericTypeDefinition ? JsonTypes.Converters.OfType<EquatableArrayConverterFactory>().Single() : JsonTypes.Find(type);
        Assert.NotNull(listed);
        Assert.Equal(listed.GetType(), attribute.ConverterType);
        if (!type.IsGenericTypeDefinition)
        {
            Assert.NotNull(CentralAsiaJsonContext.Default.GetTypeInfo(type));
            Assert.NotNull(CentralAsiaJson.TypeInfoResolver.GetTypeInfo(type, new JsonSerializerOptions()));
        }
    }

    [Fact]
    public void Each_type_has_a_sample()
    {
        var concrete = Samples.SerializablePublicTypes().Select(t => t.IsGenericTypeDefinition ? typeof(EquatableArray<CountryCode>) : t);
        Assert.Empty(concrete.Where(t => !Samples.ByType.ContainsKey(t)).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(ReadableTypes))]
    public void Each_readable_type_round_trips_inside_a_user_type_in_every_mode(Type type) =>
        Generic(nameof(RoundTrip), Concrete(type));

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void Each_single_text_type_round_trips_as_a_dictionary_key_in_every_mode(Type type) =>
        Generic(nameof(KeyRoundTrip), type);

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_type_writes_the_same_json_in_every_mode(Type type) =>
        Generic(nameof(SameJson), Concrete(type));

    [Fact]
    public void Money_in_a_user_type_is_written_canonically_and_read_back_equal()
    {
        var holder = new PriceQuote { Price = Money.Parse("1.50 USD"), Country = CountryCode.Kazakhstan };
        var json = JsonSerializer.Serialize(holder, Reflection);
        Assert.Equal("""{"Price":{"amount":1.50,"currency":"USD"},"Country":"KZ"}""", json);
        var back = JsonSerializer.Deserialize<PriceQuote>(json, Reflection)!;
        Assert.Equal(Money.Parse("1.50 USD"), back.Price);
        Assert.Equal("1.50 USD", back.Price!.Value.ToString());
        Assert.Equal(CountryCode.Kazakhstan, back.Country);
    }

    [Fact]
    public void Absent_optional_values_are_null_not_default()
    {
        var back = JsonSerializer.Deserialize<PriceQuote>("""{"Price":null}""", SourceGenerated)!;
        Assert.Null(back.Price);
        Assert.Null(back.Country);
    }

    [Theory]
    [InlineData("""{"Value":"QQ","Items":[],"ByName":{}}""", "$.Value", ErrorCodes.CountryCodeUnknown)]
    [InlineData("""{"Value":null}""", "$.Value", ErrorCodes.JsonNull)]
    [InlineData("""{"Value":398}""", "$.Value", ErrorCodes.JsonType)]
    [InlineData("""{"Items":["KZ","kz"]}""", "$.Items[1]", ErrorCodes.CountryCodeInvalid)]
    [InlineData("""{"ByName":{"a":"KAZ"}}""", "$.ByName.a", ErrorCodes.CountryCodeInvalid)]
    public void A_wrong_country_code_is_a_json_exception_with_path_and_code(string json, string path, string code)
    {
        foreach (var options in new[] { Reflection, SourceGenerated })
        {
            var e = Assert.Throws<CentralAsiaJsonException>(() => JsonSerializer.Deserialize<Holder<CountryCode>>(json, options));
            Assert.Equal(path, e.Path);
            Assert.Equal(code, Assert.Single(e.Errors).Code);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains(code, e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"Price":{"amount":1.5}}""", ErrorCodes.JsonPropertyMissing)]
    [InlineData("""{"Price":{"amount":"1.5","currency":"USD"}}""", ErrorCodes.JsonType)]
    [InlineData("""{"Price":{"amount":1.5,"currency":"usd"}}""", ErrorCodes.CurrencyCodeInvalid)]
    [InlineData("""{"Price":{"Amount":1.5,"Currency":{"Code":"USD","Numeric":840}}}""", ErrorCodes.JsonPropertyUnknown)]
    [InlineData("""{"Price":"1.50 USD"}""", ErrorCodes.JsonType)]
    public void Money_that_is_not_canonical_is_an_error_never_default(string json, string code)
    {
        foreach (var options in new[] { Reflection, SourceGenerated })
        {
            var e = Assert.Throws<CentralAsiaJsonException>(() => JsonSerializer.Deserialize<PriceQuote>(json, options));
            Assert.Equal("$.Price", e.Path);
            Assert.Contains(code, e.Errors.Select(x => x.Code));
        }
    }

    [Fact]
    public void A_record_inside_a_user_type_reports_every_error_relative_to_it()
    {
        var json = """{"Value":{"reporter":"ZZ","partner":"KZ","direction":"up","period":"2022","value":{"amount":1,"currency":"USD"}}}""";
        var e = Assert.Throws<CentralAsiaJsonException>(() => JsonSerializer.Deserialize<Holder<TradeFlow>>(json, SourceGenerated));
        Assert.Equal("$.Value", e.Path);
        Assert.Equal([("/reporter", ErrorCodes.CountryCodeUnknown), ("/direction", ErrorCodes.EnumUndefined)], e.Errors.Select(x => (x.Path, x.Code)));
        Assert.StartsWith("The JSON value at $.Value is not valid: 2 errors:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_equatable_array_reports_the_errors_of_every_item()
    {
        var e = Assert.Throws<CentralAsiaJsonException>(() => JsonSerializer.Deserialize<Holder<EquatableArray<CountryCode>>>("""{"Value":["QQ","KZ","kz"]}""", Reflection));
        Assert.Equal([("/0", ErrorCodes.CountryCodeUnknown), ("/2", ErrorCodes.CountryCodeInvalid)], e.Errors.Select(x => (x.Path, x.Code)));
        Assert.Throws<CentralAsiaJsonException>(() => JsonSerializer.Deserialize<Holder<EquatableArray<CountryCode>>>("""{"Value":null}""", Reflection));
    }

    [Fact]
    public void An_equatable_array_of_a_foreign_type_works_with_reflection()
    {
        var json = JsonSerializer.Serialize(new Holder<EquatableArray<int>> { Value = [1, 2] }, Reflection);
        Assert.Equal("""{"Value":[1,2],"Items":[],"ByName":{}}""", json);
        Assert.Equal([1, 2], JsonSerializer.Deserialize<Holder<EquatableArray<int>>>(json, Reflection)!.Value);
    }

    [Fact]
    public void A_value_type_without_a_value_is_not_written()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Holder<Money>(), Reflection));
        Assert.Contains("default(Money) is no value", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.Value", e.Path);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new KeyHolder<CountryCode> { Counts = { [default] = 1 } }, SourceGenerated));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Holder<FlowDirection> { Value = (FlowDirection)99 }, SourceGenerated));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Query_results_are_written_but_reading_one_is_an_error(Type type)
    {
        if (!Samples.IsWriteOnly(type))
        {
            return;
        }

        var json = "{\"Value\":" + JsonSerializer.Serialize(Samples.ByType[type], type, Reflection) + "}";
        var holder = typeof(Holder<>).MakeGenericType(type);
        foreach (var options in new[] { Reflection, SourceGenerated })
        {
            var e = Assert.Throws<CentralAsiaJsonException>(() => JsonSerializer.Deserialize(json, holder, options));
            Assert.Equal(ErrorCodes.JsonTypeWriteOnly, Assert.Single(e.Errors).Code);
        }
    }

    [Fact]
    public void Records_cannot_be_dictionary_keys() =>
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Dictionary<TradeFlow, int> { [(TradeFlow)Samples.ByType[typeof(TradeFlow)]] = 1 }, Reflection));

    [Fact]
    public void ConfigureForCentralAsia_adds_each_converter_once_and_chains_the_resolver_after_the_users()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = NarrowUserJsonContext.Default };
        options.ConfigureForCentralAsia().ConfigureForCentralAsia();
        Assert.Equal(JsonTypes.Converters.Length, options.Converters.Count);
        Assert.Equal(2, options.TypeInfoResolverChain.Count);
        Assert.Same(NarrowUserJsonContext.Default, options.TypeInfoResolverChain[0]);
        var flow = (TradeFlow)Samples.ByType[typeof(TradeFlow)];
        Assert.Equal(flow, JsonSerializer.Deserialize<TradeFlow>(JsonSerializer.Serialize(flow, options), options));
        Assert.Throws<ArgumentNullException>(() => JsonSerializerOptionsExtensions.ConfigureForCentralAsia(null!));
    }

    [Fact]
    public void ConfigureForCentralAsia_leaves_reflection_in_place_when_no_resolver_is_set()
    {
        var options = new JsonSerializerOptions().ConfigureForCentralAsia();
        Assert.Null(options.TypeInfoResolver);
        Assert.Equal("""{"Price":null,"Country":"KZ"}""", JsonSerializer.Serialize(new PriceQuote { Country = CountryCode.Kazakhstan }, options));
    }

    // Generic bodies, called once per type through reflection.
    private static void RoundTrip<T>()
    {
        var value = (T)Samples.ByType[typeof(T)];
        var holder = new Holder<T> { Value = value, Items = [value, value], ByName = { ["x"] = value } };
        foreach (var options in new[] { Reflection, SourceGenerated, Chained })
        {
            var json = JsonSerializer.Serialize(holder, options);
            var back = JsonSerializer.Deserialize<Holder<T>>(json, options)!;
            Assert.Equal(value, back.Value);
            Assert.Equal(holder.Items, back.Items);
            Assert.Equal(value, back.ByName["x"]);
        }

        // At the root too, through the library's own resolver and through the chained one (arrays are not root types).
        if (typeof(T).IsGenericType)
        {
            return;
        }

        var resolver = new JsonSerializerOptions { TypeInfoResolver = CentralAsiaJson.TypeInfoResolver };
        foreach (var options in new[] { resolver, NarrowChained })
        {
            Assert.Equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, options), options));
        }
    }

    private static void KeyRoundTrip<TKey>()
        where TKey : notnull
    {
        var key = (TKey)Samples.ByType[typeof(TKey)];
        var holder = new KeyHolder<TKey> { Counts = { [key] = 3 } };
        foreach (var options in new[] { Reflection, SourceGenerated })
        {
            var json = JsonSerializer.Serialize(holder, options);
            Assert.Equal(3, JsonSerializer.Deserialize<KeyHolder<TKey>>(json, options)!.Counts[key]);
            Assert.Contains(JsonSerializer.Serialize(key, options) + ":3", json, StringComparison.Ordinal);
        }
    }

    private static void SameJson<T>()
    {
        var holder = new Holder<T> { Value = (T)Samples.ByType[typeof(T)] };
        var expected = JsonSerializer.Serialize(holder, Reflection);
        Assert.Equal(expected, JsonSerializer.Serialize(holder, SourceGenerated));
        Assert.Equal(expected, JsonSerializer.Serialize(holder, Chained));
        Assert.DoesNotContain("\"Amount\"", expected, StringComparison.Ordinal); // a value type written property by property
    }

    private static Type Concrete(Type type) => type.IsGenericTypeDefinition ? typeof(EquatableArray<CountryCode>) : type;

    private static void Generic(string method, Type type)
    {
        try
        {
            typeof(UserTypeSerializationTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }
}
