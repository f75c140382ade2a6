using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Finance;

/// <summary>
/// One commitment of Chinese official finance — a loan, grant, export credit or other flow from a Chinese
/// state lender or donor to one recipient country — as AidData's Global Chinese Development Finance dataset
/// (GCDF 3.0) records it.
/// </summary>
/// <remarks>
/// <para>Amounts are kept as the source gives them: <see cref="Amount"/> in the original currency, nominal;
/// <see cref="ConstantUsd2021"/> and <see cref="AdjustedConstantUsd2021"/> in US dollars of 2021 (the adjusted
/// amount nets out cancellations and the like, and is the one AidData recommends for totals). Any of them may
/// be unknown; none is ever derived here.</para>
/// <para>An <see cref="Umbrella"/> record is a framework agreement whose money is recorded again in the records
/// under it: totals leave umbrella records out, and only count those <see cref="RecommendedForAggregates"/>
/// (see <see cref="FinanceQueries.TotalForAggregates"/>).</para>
/// <para>Dates may be partial (a year, from the <c>Commitment Year</c> column, or a day, from the dated
/// columns); completion cannot come before the start of implementation. Build with the constructor or
/// <see cref="TryCreate"/>; derive a changed copy with <see cref="With"/>. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.FinanceCommitmentConverter))]
public sealed record FinanceCommitment
{
    /// <summary>Creates a finance commitment.</summary>
    /// <param name="recordId">AidData's record id (<c>AidData Record ID</c>), one or more.</param>
    /// <param name="recipient">The recipient country; not China.</param>
    /// <param name="title">The record's title.</param>
    /// <param name="fundingAgencies">The Chinese lenders or donors, distinct, at least one.</param>
    /// <param name="flowType">The kind of flow as the source names it, such as <c>Loan</c> or <c>Grant</c>.</param>
    /// <param name="flowClass">ODA-like, OOF-like or vague.</param>
    /// <param name="status">The stage reached.</param>
    /// <param name="sector">The sector name, or null.</param>
    /// <param name="committed">When it was committed, or null.</param>
    /// <param name="implementationStarted">When implementation started, or null.</param>
    /// <param name="completed">When it was completed, or null; not before <paramref name="implementationStarted"/>.</param>
    /// <param name="amount">The amount in the original currency, nominal, or null; zero or more.</param>
    /// <param name="constantUsd2021">The amount in constant 2021 US dollars, or null; zero or more, in USD.</param>
    /// <param name="adjustedConstantUsd2021">The adjusted amount in constant 2021 US dollars, or null; zero or more, in USD.</param>
    /// <param name="recommendedForAggregates">Whether the source recommends counting it in totals.</param>
    /// <param name="umbrella">Whether it is an umbrella (framework) record whose money the records under it repeat.</param>
    /// <param name="project">The infrastructure project it finances, or null.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public FinanceCommitment(
        int recordId,
        CountryCode recipient,
        string title,
        EquatableArray<string> fundingAgencies,
        string flowType,
        FinanceFlowClass flowClass,
        FinanceStatus status,
        string? sector = null,
        PartialDate? committed = null,
        PartialDate? implementationStarted = null,
        PartialDate? completed = null,
        Money? amount = null,
        Money? constantUsd2021 = null,
        Money? adjustedConstantUsd2021 = null,
        bool recommendedForAggregates = false,
        bool umbrella = false,
        ProjectId? project = null,
        EquatableArray<SourceId> citations = default)
        : this(recordId, recipient, title, fundingAgencies, flowType, flowClass, status, sector, committed, implementationStarted, completed,
              amount, constantUsd2021, adjustedConstantUsd2021, recommendedForAggregates, umbrella, project, citations,
              ThrowIfInvalid(recordId, recipient, title, fundingAgencies, flowType, flowClass, status, sector, committed, implementationStarted, completed,
                  amount, constantUsd2021, adjustedConstantUsd2021, project, citations))
    {
    }

    internal FinanceCommitment(
        int recordId, CountryCode recipient, string title, EquatableArray<string> fundingAgencies, string flowType, FinanceFlowClass flowClass,
        FinanceStatus status, string? sector, PartialDate? committed, PartialDate? implementationStarted, PartialDate? completed, Money? amount,
        Money? constantUsd2021, Money? adjustedConstantUsd2021, bool recommendedForAggregates, bool umbrella, ProjectId? project,
        EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        RecordId = recordId;
        Recipient = recipient;
        Title = title;
        FundingAgencies = fundingAgencies;
        FlowType = flowType;
        FlowClass = flowClass;
        Status = status;
        Sector = sector;
        Committed = committed;
        ImplementationStarted = implementationStarted;
        Completed = completed;
        Amount = amount;
        ConstantUsd2021 = constantUsd2021;
        AdjustedConstantUsd2021 = adjustedConstantUsd2021;
        RecommendedForAggregates = recommendedForAggregates;
        Umbrella = umbrella;
        Project = project;
        Citations = citations;
    }

    /// <summary>AidData's record id.</summary>
    public int RecordId { get; }

    /// <summary>The recipient country.</summary>
    public CountryCode Recipient { get; }

    /// <summary>The record's title.</summary>
    public string Title { get; }

    /// <summary>The Chinese lenders or donors.</summary>
    public EquatableArray<string> FundingAgencies { get; }

    /// <summary>The kind of flow as the source names it, such as <c>Loan</c> or <c>Grant</c>.</summary>
    public string FlowType { get; }

    /// <summary>ODA-like, OOF-like or vague.</summary>
    public FinanceFlowClass FlowClass { get; }

    /// <summary>The stage reached.</summary>
    public FinanceStatus Status { get; }

    /// <summary>The sector name, or null.</summary>
    public string? Sector { get; }

    /// <summary>When it was committed, or null.</summary>
    public PartialDate? Committed { get; }

    /// <summary>When implementation started, or null.</summary>
    public PartialDate? ImplementationStarted { get; }

    /// <summary>When it was completed, or null.</summary>
    public PartialDate? Completed { get; }

    /// <summary>The amount in the original currency, nominal, or null.</summary>
    public Money? Amount { get; }

    /// <summary>The amount in constant 2021 US dollars, or null.</summary>
    public Money? ConstantUsd2021 { get; }

    /// <summary>The adjusted amount in constant 2021 US dollars (the one for totals), or null.</summary>
    public Money? AdjustedConstantUsd2021 { get; }

    /// <summary>Whether the source recommends counting it in totals.</summary>
    public bool RecommendedForAggregates { get; }

    /// <summary>Whether it is an umbrella record whose money the records under it repeat.</summary>
    public bool Umbrella { get; }

    /// <summary>The infrastructure project it finances, or null.</summary>
    public ProjectId? Project { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a finance commitment, returning every error instead of throwing.</summary>
    /// <param name="recordId">AidData's record id.</param>
    /// <param name="recipient">The recipient country.</param>
    /// <param name="title">The title.</param>
    /// <param name="fundingAgencies">The lenders or donors.</param>
    /// <param name="flowType">The kind of flow.</param>
    /// <param name="flowClass">The flow class.</param>
    /// <param name="status">The stage reached.</param>
    /// <param name="sector">The sector, or null.</param>
    /// <param name="committed">When committed, or null.</param>
    /// <param name="implementationStarted">When implementation started, or null.</param>
    /// <param name="completed">When completed, or null.</param>
    /// <param name="amount">The original-currency amount, or null.</param>
    /// <param name="constantUsd2021">The constant-2021-USD amount, or null.</param>
    /// <param name="adjustedConstantUsd2021">The adjusted constant-2021-USD amount, or null.</param>
    /// <param name="recommendedForAggregates">Whether recommended for totals.</param>
    /// <param name="umbrella">Whether an umbrella record.</param>
    /// <param name="project">The project, or null.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The commitment, or every error with its JSON Pointer.</returns>
    public static ValidationResult<FinanceCommitment> TryCreate(
        int recordId,
        CountryCode recipient,
        string? title,
        EquatableArray<string> fundingAgencies,
        string? flowType,
        FinanceFlowClass flowClass,
        FinanceStatus status,
        string? sector = null,
        PartialDate? committed = null,
        PartialDate? implementationStarted = null,
        PartialDate? completed = null,
        Money? amount = null,
        Money? constantUsd2021 = null,
        Money? adjustedConstantUsd2021 = null,
        bool recommendedForAggregates = false,
        bool umbrella = false,
        ProjectId? project = null,
        EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, recordId, recipient, title, fundingAgencies, flowType, flowClass, status, sector, committed, implementationStarted, completed,
            amount, constantUsd2021, adjustedConstantUsd2021, project, citations);
        return errors.HasErrors
            ? errors.ToFailure<FinanceCommitment>()
            : new(new FinanceCommitment(recordId, recipient, title!, fundingAgencies, flowType!, flowClass, status, sector, committed, implementationStarted,
                completed, amount, constantUsd2021, adjustedConstantUsd2021, recommendedForAggregates, umbrella, project, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/>. Every argument left out keeps this
    /// record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="recordId">The new value of <see cref="RecordId"/>; leave it out to keep it.</param>
    /// <param name="recipient">The new value of <see cref="Recipient"/>; leave it out to keep it.</param>
    /// <param name="title">The new value of <see cref="Title"/>; leave it out to keep it.</param>
    /// <param name="fundingAgencies">The new value of <see cref="FundingAgencies"/>; leave it out to keep it.</param>
    /// <param name="flowType">The new value of <see cref="FlowType"/>; leave it out to keep it.</param>
    /// <param name="flowClass">The new value of <see cref="FlowClass"/>; leave it out to keep it.</param>
    /// <param name="status">The new value of <see cref="Status"/>; leave it out to keep it.</param>
    /// <param name="sector">The new value of <see cref="Sector"/>; leave it out to keep it.</param>
    /// <param name="committed">The new value of <see cref="Committed"/>; leave it out to keep it.</param>
    /// <param name="implementationStarted">The new value of <see cref="ImplementationStarted"/>; leave it out to keep it.</param>
    /// <param name="completed">The new value of <see cref="Completed"/>; leave it out to keep it.</param>
    /// <param name="amount">The new value of <see cref="Amount"/>; leave it out to keep it.</param>
    /// <param name="constantUsd2021">The new value of <see cref="ConstantUsd2021"/>; leave it out to keep it.</param>
    /// <param name="adjustedConstantUsd2021">The new value of <see cref="AdjustedConstantUsd2021"/>; leave it out to keep it.</param>
    /// <param name="recommendedForAggregates">The new value of <see cref="RecommendedForAggregates"/>; leave it out to keep it.</param>
    /// <param name="umbrella">The new value of <see cref="Umbrella"/>; leave it out to keep it.</param>
    /// <param name="project">The new value of <see cref="Project"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<FinanceCommitment> With(
        Change<int> recordId = default,
        Change<CountryCode> recipient = default,
        Change<string?> title = default,
        Change<EquatableArray<string>> fundingAgencies = default,
        Change<string?> flowType = default,
        Change<FinanceFlowClass> flowClass = default,
        Change<FinanceStatus> status = default,
        Change<string?> sector = default,
        Change<PartialDate?> committed = default,
        Change<PartialDate?> implementationStarted = default,
        Change<PartialDate?> completed = default,
        Change<Money?> amount = default,
        Change<Money?> constantUsd2021 = default,
        Change<Money?> adjustedConstantUsd2021 = default,
        Change<bool> recommendedForAggregates = default,
        Change<bool> umbrella = default,
        Change<ProjectId?> project = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            recordId.Or(RecordId),
            recipient.Or(Recipient),
            title.Or(Title),
            fundingAgencies.Or(FundingAgencies),
            flowType.Or(FlowType),
            flowClass.Or(FlowClass),
            status.Or(Status),
            sector.Or(Sector),
            committed.Or(Committed),
            implementationStarted.Or(ImplementationStarted),
            completed.Or(Completed),
            amount.Or(Amount),
            constantUsd2021.Or(ConstantUsd2021),
            adjustedConstantUsd2021.Or(AdjustedConstantUsd2021),
            recommendedForAggregates.Or(RecommendedForAggregates),
            umbrella.Or(Umbrella),
            project.Or(Project),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, int recordId, CountryCode recipient, string? title, EquatableArray<string> fundingAgencies, string? flowType,
        FinanceFlowClass flowClass, FinanceStatus status, string? sector, PartialDate? committed, PartialDate? implementationStarted,
        PartialDate? completed, Money? amount, Money? constantUsd2021, Money? adjustedConstantUsd2021, ProjectId? project,
        EquatableArray<SourceId> citations)
    {
        if (recordId < 1)
        {
            errors.Add(ErrorCodes.NumberOutOfRange, "/recordId", $"The record id {recordId} is not one or more.");
        }

        FieldRules.Required(ref errors, recipient, "/recipient");
        if (recipient == CountryCode.China)
        {
            errors.Add(ErrorCodes.FinanceRecipientIsLender, "/recipient", "China is the lender of Chinese official finance, not its recipient.");
        }

        FieldRules.Name(ref errors, title, "/title");
        FieldRules.Names(ref errors, fundingAgencies, "/fundingAgencies", nonEmpty: true);
        FieldRules.Name(ref errors, flowType, "/flowType");
        FieldRules.Defined(ref errors, flowClass, "/flowClass");
        FieldRules.Defined(ref errors, status, "/status");
        FieldRules.OptionalName(ref errors, sector, "/sector");
        FieldRules.OptionalPartialDate(ref errors, committed, "/committed");
        FieldRules.OptionalPartialDate(ref errors, implementationStarted, "/implementationStarted");
        FieldRules.OptionalPartialDate(ref errors, completed, "/completed");
        if (implementationStarted is { } started && completed is { } done && started != default && done != default && done.End < started.Start)
        {
            errors.Add(ErrorCodes.IntervalReversed, "/completed", $"Completion ({done}) comes before the start of implementation ({started}).");
        }

        FieldRules.OptionalNonNegative(ref errors, amount, "/amount");
        UsdAmount(ref errors, constantUsd2021, "/constantUsd2021");
        UsdAmount(ref errors, adjustedConstantUsd2021, "/adjustedConstantUsd2021");
        _ = project; // Any id is well formed; whether it resolves is a dataset rule.
        FieldRules.Citations(ref errors, citations);
    }

    private static void UsdAmount(ref ErrorCollector errors, Money? value, string path)
    {
        FieldRules.OptionalNonNegative(ref errors, value, path);
        if (value is { } money && money != default && money.Currency != CurrencyCode.Usd)
        {
            errors.Add(ErrorCodes.MoneyCurrencyMismatch, path + "/currency", $"A constant-2021-dollar amount is in USD, not {money.Currency}.");
        }
    }

    private static Validated ThrowIfInvalid(
        int recordId, CountryCode recipient, string? title, EquatableArray<string> fundingAgencies, string? flowType, FinanceFlowClass flowClass,
        FinanceStatus status, string? sector, PartialDate? committed, PartialDate? implementationStarted, PartialDate? completed, Money? amount,
        Money? constantUsd2021, Money? adjustedConstantUsd2021, ProjectId? project, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, recordId, recipient, title, fundingAgencies, flowType, flowClass, status, sector, committed, implementationStarted, completed,
            amount, constantUsd2021, adjustedConstantUsd2021, project, citations);
        errors.ThrowIfAny(nameof(FinanceCommitment));
        return Validated.Yes;
    }
}
