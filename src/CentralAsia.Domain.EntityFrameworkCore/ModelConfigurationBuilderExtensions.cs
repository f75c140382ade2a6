using System;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.EntityFrameworkCore.Conversion;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CentralAsia.Domain.EntityFrameworkCore;

/// <summary>Conventions that let Entity Framework Core store the value types of CentralAsia.Domain in any property of your entities.</summary>
public static class ModelConfigurationBuilderExtensions
{
    /// <summary>
    /// Registers a conversion for every value type, enumeration and list type of the library, for
    /// every property of that type in the model (call it from <c>DbContext.ConfigureConventions</c>).
    /// </summary>
    /// <param name="builder">The conventions builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>
    /// <para>Single-text value types become text columns of their canonical text (see
    /// <see cref="TextValueConverter{T}"/>), with the length they can have; enumerations their kebab-case
    /// name; <see cref="LocalDate"/> a date; <c>PersonName</c> and lists (<c>EquatableArray&lt;T&gt;</c>
    /// of codes, identifiers, names, terms, status changes, commitments, quotes) a text column of their
    /// canonical JSON. <c>Money</c> is two columns (amount and currency): map it as a complex property,
    /// as <see cref="ModelBuilderExtensions.MapCentralAsiaRecords"/> does.</para>
    /// <para>Because the columns hold the values' own text, <c>Where(f =&gt; f.Reporter == CountryCode.China)</c>
    /// and <c>GroupBy(f =&gt; f.Period)</c> translate to SQL; members of a converted value
    /// (<c>f.Period.Year</c>) do not: compare with a value (<c>f.Period == TradePeriod.ForYear(2022)</c>).</para>
    /// </remarks>
    public static ModelConfigurationBuilder AddCentralAsia(this ModelConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Text<CountryCode>(builder, 2);
        Text<CurrencyCode>(builder, 3);
        Text<Region>(builder, 3);
        Text<TradePeriod>(builder, 7);
        Text<PartialDate>(builder, 10);
        Text<HsCode>(builder, 9);
        Text<Quantity>(builder, 64);
        Text<TradePartner>(builder, 746); // all 249 codes: 249 × 2 + 248 separators
        Text<SourceId>(builder, 64);
        Text<LeaderId>(builder, 64);
        Text<ProjectId>(builder, 64);
        Text<SummitId>(builder, 64);
        Text<DeclarationId>(builder, 64);
        Text<CommitmentId>(builder, 64);

        Enum<CommitmentStrength>(builder);
        Enum<CommitmentTheme>(builder);
        Enum<FlowDirection>(builder);
        Enum<FinanceFlowClass>(builder);
        Enum<FinanceStatus>(builder);
        Enum<HsEdition>(builder);
        Enum<NameAliasKind>(builder);
        Enum<OfficeRole>(builder);
        Enum<PartialDatePrecision>(builder);
        Enum<ProjectKind>(builder);
        Enum<ProjectStatus>(builder);
        Enum<TermKind>(builder);
        Enum<TotalBasis>(builder);
        Enum<TradePeriodKind>(builder);
        Enum<Unit>(builder);
        Enum<Valuation>(builder);

        builder.Properties<LocalDate>().HaveConversion<LocalDateValueConverter>();

        Json<PersonName>(builder);
        Json<EquatableArray<string>>(builder);
        Json<EquatableArray<CountryCode>>(builder);
        Json<EquatableArray<SourceId>>(builder);
        Json<EquatableArray<LeaderId>>(builder);
        Json<EquatableArray<Term>>(builder);
        Json<EquatableArray<StatusChange>>(builder);
        Json<EquatableArray<Commitment>>(builder);
        Json<EquatableArray<Quote>>(builder);
        return builder;
    }

    private static void Text<T>(ModelConfigurationBuilder builder, int maxLength)
        where T : IParsable<T>, IFormattable =>
        builder.Properties<T>().HaveConversion<TextValueConverter<T>>().HaveMaxLength(maxLength).AreUnicode(false);

    private static void Enum<TEnum>(ModelConfigurationBuilder builder)
        where TEnum : struct, System.Enum =>
        builder.Properties<TEnum>().HaveConversion<KebabCaseEnumValueConverter<TEnum>>().HaveMaxLength(32).AreUnicode(false);

    private static void Json<T>(ModelConfigurationBuilder builder) => builder.Properties<T>().HaveConversion<JsonValueConverter<T>>();
}
