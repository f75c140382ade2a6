using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using CentralAsia.Domain.ComponentModel;
using CentralAsia.Domain.Tests.Serialization.UserTypes;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CentralAsia.Domain.Tests.ComponentModel;

/// <summary>The single-text value types convert through <see cref="TypeDescriptor"/> (MVC model binding, configuration binding).</summary>
public class ParsableTypeConverterTests
{
    public static TheoryData<Type> TextTypes() =>
        new(Samples.SerializablePublicTypes().Where(t => !t.IsEnum && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>))));

    [Theory]
    [MemberData(nameof(TextTypes))]
    public void Each_text_type_round_trips_through_its_type_converter(Type type)
    {
        var converter = TypeDescriptor.GetConverter(type);
        Assert.Equal(typeof(ParsableTypeConverter<>).MakeGenericType(type), converter.GetType());
        var value = Samples.ByType[type];
        var text = converter.ConvertToInvariantString(value)!;
        Assert.Equal(value, converter.ConvertFromInvariantString(text));
        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.True(converter.CanConvertTo(typeof(string)));
    }

    [Theory]
    [InlineData(typeof(CountryCode), "QQ", ErrorCodes.CountryCodeUnknown)]
    [InlineData(typeof(TradePartner), "KZ+ZZ", ErrorCodes.CountryCodeUnknown)]
    [InlineData(typeof(TradePeriod), "2022-13", ErrorCodes.DateNonexistent)]
    [InlineData(typeof(Money), "1,5 USD", ErrorCodes.MoneyInvalid)]
    [InlineData(typeof(LeaderId), "Xi Jinping", ErrorCodes.IdentifierInvalid)]
    public void Invalid_text_is_a_format_exception_carrying_the_code(Type type, string text, string code)
    {
        var e = Assert.Throws<FormatException>(() => TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text));
        Assert.Equal(code, e.Data["ErrorCode"]);
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_source_types_are_not_supported() =>
        Assert.Throws<NotSupportedException>(() => TypeDescriptor.GetConverter(typeof(CountryCode)).ConvertFrom(398));

    [Fact]
    public void Configuration_binds_the_value_types()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Home"] = "KZ",
            ["Partner"] = "KG+KZ+TJ+TM+UZ",
            ["Period"] = "2022-05",
            ["Budget"] = "1.50 USD",
            ["Leader"] = "xi-jinping",
        }).Build();
        var settings = configuration.Get<Settings>()!;
        Assert.Equal(CountryCode.Kazakhstan, settings.Home);
        Assert.Equal(TradePartner.CentralAsia, settings.Partner);
        Assert.Equal(TradePeriod.ForMonth(2022, 5), settings.Period);
        Assert.Equal(Money.Parse("1.50 USD"), settings.Budget);
        Assert.Equal(LeaderId.Parse("xi-jinping"), settings.Leader);
    }

    [Fact]
    public void Configuration_with_a_bad_value_fails_with_the_code()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Home"] = "Kazakstan" }).Build();
        var e = Assert.Throws<InvalidOperationException>(() => configuration.Get<Settings>());
        Assert.Equal(ErrorCodes.CountryCodeInvalid, Assert.IsType<FormatException>(e.InnerException).Data["ErrorCode"]);
    }

    public sealed class Settings
    {
        public CountryCode Home { get; set; }

        public TradePartner? Partner { get; set; }

        public TradePeriod Period { get; set; }

        public Money Budget { get; set; }

        public LeaderId? Leader { get; set; }
    }
}
