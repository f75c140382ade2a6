using System;
using System.Text.Json;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Converters;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization;

/// <summary>The reader and writer of each type the facade supports; null for other types.</summary>
internal static class JsonFormat<T>
{
    internal static readonly ItemReader<T?>? Read = (ItemReader<T?>?)JsonFormats.Reader(typeof(T));
    internal static readonly Action<Utf8JsonWriter, T>? Write = (Action<Utf8JsonWriter, T>?)JsonFormats.Writer(typeof(T));
}

/// <summary>The table behind <see cref="JsonFormat{T}"/>.</summary>
internal static class JsonFormats
{
    internal static Delegate? Reader(Type type) =>
        type == typeof(CentralAsiaDataset) ? new ItemReader<CentralAsiaDataset?>(CentralAsiaDatasetConverter.ReadValue)
        : type == typeof(TradeFlow) ? new ItemReader<TradeFlow?>(TradeFlowConverter.ReadValue)
        : type == typeof(Source) ? new ItemReader<Source?>(SourceConverter.ReadValue)
        : type == typeof(Country) ? new ItemReader<Country?>(CountryConverter.ReadValue)
        : type == typeof(Leader) ? new ItemReader<Leader?>(LeaderConverter.ReadValue)
        : type == typeof(PersonName) ? new ItemReader<PersonName?>(PersonNameConverter.ReadValue)
        : type == typeof(NameAlias) ? new ItemReader<NameAlias?>(NameAliasConverter.ReadValue)
        : type == typeof(Term) ? new ItemReader<Term?>(TermConverter.ReadValue)
        : type == typeof(InfrastructureProject) ? new ItemReader<InfrastructureProject?>(InfrastructureProjectConverter.ReadValue)
        : type == typeof(StatusChange) ? new ItemReader<StatusChange?>(StatusChangeConverter.ReadValue)
        : type == typeof(Summit) ? new ItemReader<Summit?>(SummitConverter.ReadValue)
        : type == typeof(SummitDeclaration) ? new ItemReader<SummitDeclaration?>(SummitDeclarationConverter.ReadValue)
        : type == typeof(Commitment) ? new ItemReader<Commitment?>(CommitmentConverter.ReadValue)
        : type == typeof(Quote) ? new ItemReader<Quote?>(QuoteConverter.ReadValue)
        : null;

    internal static Delegate? Writer(Type type) =>
        type == typeof(CentralAsiaDataset) ? new Action<Utf8JsonWriter, CentralAsiaDataset>(CentralAsiaDatasetConverter.WriteValue)
        : type == typeof(TradeFlow) ? new Action<Utf8JsonWriter, TradeFlow>(TradeFlowConverter.WriteValue)
        : type == typeof(Source) ? new Action<Utf8JsonWriter, Source>(SourceConverter.WriteValue)
        : type == typeof(Country) ? new Action<Utf8JsonWriter, Country>(CountryConverter.WriteValue)
        : type == typeof(Leader) ? new Action<Utf8JsonWriter, Leader>(LeaderConverter.WriteValue)
        : type == typeof(PersonName) ? new Action<Utf8JsonWriter, PersonName>(PersonNameConverter.WriteValue)
        : type == typeof(NameAlias) ? new Action<Utf8JsonWriter, NameAlias>(NameAliasConverter.WriteValue)
        : type == typeof(Term) ? new Action<Utf8JsonWriter, Term>(TermConverter.WriteValue)
        : type == typeof(InfrastructureProject) ? new Action<Utf8JsonWriter, InfrastructureProject>(InfrastructureProjectConverter.WriteValue)
        : type == typeof(StatusChange) ? new Action<Utf8JsonWriter, StatusChange>(StatusChangeConverter.WriteValue)
        : type == typeof(Summit) ? new Action<Utf8JsonWriter, Summit>(SummitConverter.WriteValue)
        : type == typeof(SummitDeclaration) ? new Action<Utf8JsonWriter, SummitDeclaration>(SummitDeclarationConverter.WriteValue)
        : type == typeof(Commitment) ? new Action<Utf8JsonWriter, Commitment>(CommitmentConverter.WriteValue)
        : type == typeof(Quote) ? new Action<Utf8JsonWriter, Quote>(QuoteConverter.WriteValue)
        : null;
}
