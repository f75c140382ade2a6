using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CountryCodeTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(CountryCode a, CountryCode b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract(CountryCode a, CountryCode b, CountryCode c) => ValueContracts.Ordering(a, b, c);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(CountryCode code) => ValueContracts.RoundTrip(code);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Every_form_parses_to_the_same_country(CountryCode code)
    {
        Assert.Equal(code, CountryCode.Parse(code.Alpha3));
        Assert.Equal(code, CountryCode.Parse(code.Alpha2.ToLowerInvariant()));
        Assert.Equal(code, CountryCode.Parse(code.Numeric.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(code.Alpha3, code.ToString("A3", null));
        Assert.Equal(code, CountryCode.Parse(code.ToString("N", null)));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Malformed_text_is_country_code_invalid() =>
        Prop.ForAll(
            Gen.Elements("", "K", "KAZA", "K1", "3988", "39", "K Z", " KZ", "KZ ", "ÄÖ", "1A2", "-12").ToArbitrary(),
            text => CountryCode.TryParseCore(text, out _) == ErrorCodes.CountryCodeInvalid);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Unassigned_codes_are_country_code_unknown() =>
        Prop.ForAll(
            Gen.OneOf(
                Gen.Elements("AA", "QM", "XK", "ZZ", "EU", "UK", "SU", "YU"),
                Gen.Elements("AAA", "XXK", "SUN", "ZZZ"),
                Gen.Elements("000", "999", "001", "142")).ToArbitrary(),
            text => CountryCode.TryParseCore(text, out _) == ErrorCodes.CountryCodeUnknown);

    [Fact]
    public void The_C5_and_China_are_well_known()
    {
        Assert.Equal("CN", CountryCode.China.Alpha2);
        Assert.Equal(["KG", "KZ", "TJ", "TM", "UZ"], CountryCode.CentralAsia.Select(c => c.Alpha2));
        Assert.Equal(398, CountryCode.Kazakhstan.Numeric);
        Assert.Equal("KGZ", CountryCode.Kyrgyzstan.Alpha3);
        Assert.Equal(762, CountryCode.Parse("TJK").Numeric);
        Assert.Equal(CountryCode.Turkmenistan, CountryCode.Parse("795"));
        Assert.Equal("Uzbekistan", CountryCode.Uzbekistan.EnglishName);
    }

    [Fact]
    public void Default_is_no_value()
    {
        var none = default(CountryCode);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Alpha2);
        Assert.Throws<InvalidOperationException>(() => none.Numeric);
        Assert.True(none < CountryCode.Parse("AD"));
        Assert.NotEqual(none, CountryCode.China);
        Assert.False(CountryCode.TryParse(none.ToString(), out _));
    }

    [Fact]
    public void Parse_failures_name_the_code_and_never_echo_a_huge_input()
    {
        var ex = Assert.Throws<FormatException>(() => CountryCode.Parse("ZZ"));
        Assert.Contains(ErrorCodes.CountryCodeUnknown, ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CountryCode.Parse((string)null!));
        var huge = new string('K', 1_000_000);
        Assert.True(Assert.Throws<FormatException>(() => CountryCode.Parse(huge)).Message.Length < 400);
    }

    [Fact]
    public void The_table_matches_Debian_iso_codes_when_present()
    {
        const string path = "/usr/share/iso-codes/json/iso_3166-1.json";
        Assert.SkipUnless(File.Exists(path), "Debian's iso-codes package is not installed on this machine.");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var expected = document.RootElement.GetProperty("3166-1").EnumerateArray()
            .Select(e => (e.GetProperty("alpha_2").GetString()!, e.GetProperty("alpha_3").GetString()!, int.Parse(e.GetProperty("numeric").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(t => t.Item1, StringComparer.Ordinal).ToArray();
        var actual = CountryCode.All.Select(c => (c.Alpha2, c.Alpha3, c.Numeric)).ToArray();
        Assert.Equal(249, actual.Length);
        Assert.Equal(expected, actual);
    }
}
