using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Infrastructure;

/// <summary>
/// A cross-border infrastructure project — a pipeline, railway, road, corridor, hub, port or power
/// line — with its route, size, cost, who runs and funds it, and its dated status history.
/// </summary>
/// <remarks>
/// <para>Rules: the route names at least one country, none twice, in travel order; a capacity is
/// in a capacity unit (bcm/yr, Mt/yr, TEU/yr, trains/yr, MW); a length is in km; a cost is not
/// negative; the history has at least one entry, is in date order (see <see cref="PartialDate"/>'s
/// ordering), and every change is allowed by <see cref="ProjectLifecycle"/>.</para>
/// <para>Build with the constructor or <see cref="TryCreate"/>; properties are get-only, so
/// <c>with</c> cannot bypass validation. Immutable and thread-safe; equality includes every list.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.InfrastructureProjectConverter))]
public sealed record InfrastructureProject
{
    /// <summary>Creates a project.</summary>
    /// <param name="id">The identifier, for example <c>line-d</c>.</param>
    /// <param name="name">The usual English name.</param>
    /// <param name="kind">What it builds.</param>
    /// <param name="route">The countries it crosses, in travel order.</param>
    /// <param name="history">The dated status history, oldest first.</param>
    /// <param name="aliases">Other names; distinct.</param>
    /// <param name="capacity">The design capacity, or null.</param>
    /// <param name="length">The length in km, or null.</param>
    /// <param name="cost">The cost, or null.</param>
    /// <param name="operators">Who builds or runs it; distinct.</param>
    /// <param name="financiers">Who funds it; distinct.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public InfrastructureProject(
        ProjectId id,
        string name,
        ProjectKind kind,
        EquatableArray<CountryCode> route,
        EquatableArray<StatusChange> history,
        EquatableArray<string> aliases = default,
        Quantity? capacity = null,
        Quantity? length = null,
        Money? cost = null,
        EquatableArray<string> operators = default,
        EquatableArray<string> financiers = default,
        EquatableArray<SourceId> citations = default)
        : this(id, name, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations,
              ThrowIfInvalid(id, name, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations))
    {
    }

    internal InfrastructureProject(
        ProjectId id, string name, ProjectKind kind, EquatableArray<CountryCode> route, EquatableArray<StatusChange> history,
        EquatableArray<string> aliases, Quantity? capacity, Quantity? length, Money? cost, EquatableArray<string> operators,
        EquatableArray<string> financiers, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Id = id;
        Name = name;
        Kind = kind;
        Route = route;
        History = history;
        Aliases = aliases;
        Capacity = capacity;
        Length = length;
        Cost = cost;
        Operators = operators;
        Financiers = financiers;
        Citations = citations;
    }

    /// <summary>The identifier.</summary>
    public ProjectId Id { get; }

    /// <summary>The usual English name.</summary>
    public string Name { get; }

    /// <summary>What it builds.</summary>
    public ProjectKind Kind { get; }

    /// <summary>The countries it crosses, in travel order.</summary>
    public EquatableArray<CountryCode> Route { get; }

    /// <summary>The dated status history, oldest first.</summary>
    public EquatableArray<StatusChange> History { get; }

    /// <summary>Other names.</summary>
    public EquatableArray<string> Aliases { get; }

    /// <summary>The design capacity, or null.</summary>
    public Quantity? Capacity { get; }

    /// <summary>The length in km, or null.</summary>
    public Quantity? Length { get; }

    /// <summary>The cost, or null.</summary>
    public Money? Cost { get; }

    /// <summary>Who builds or runs it.</summary>
    public EquatableArray<string> Operators { get; }

    /// <summary>Who funds it.</summary>
    public EquatableArray<string> Financiers { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a project, returning every error instead of throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="route">The route.</param>
    /// <param name="history">The status history.</param>
    /// <param name="aliases">Other names.</param>
    /// <param name="capacity">The capacity, or null.</param>
    /// <param name="length">The length, or null.</param>
    /// <param name="cost">The cost, or null.</param>
    /// <param name="operators">Operators.</param>
    /// <param name="financiers">Financiers.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The project, or every error with its JSON Pointer.</returns>
    public static ValidationResult<InfrastructureProject> TryCreate(
        ProjectId? id,
        string? name,
        ProjectKind kind,
        EquatableArray<CountryCode> route,
        EquatableArray<StatusChange> history,
        EquatableArray<string> aliases = default,
        Quantity? capacity = null,
        Quantity? length = null,
        Money? cost = null,
        EquatableArray<string> operators = default,
        EquatableArray<string> financiers = default,
        EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, name, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations);
        return errors.HasErrors ? errors.ToFailure<InfrastructureProject>() : new(new InfrastructureProject(id!, name!, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="id">The new value of <see cref="Id"/>; leave it out to keep it.</param>
    /// <param name="name">The new value of <see cref="Name"/>; leave it out to keep it.</param>
    /// <param name="kind">The new value of <see cref="Kind"/>; leave it out to keep it.</param>
    /// <param name="route">The new value of <see cref="Route"/>; leave it out to keep it.</param>
    /// <param name="history">The new value of <see cref="History"/>; leave it out to keep it.</param>
    /// <param name="aliases">The new value of <see cref="Aliases"/>; leave it out to keep it.</param>
    /// <param name="capacity">The new value of <see cref="Capacity"/>; leave it out to keep it.</param>
    /// <param name="length">The new value of <see cref="Length"/>; leave it out to keep it.</param>
    /// <param name="cost">The new value of <see cref="Cost"/>; leave it out to keep it.</param>
    /// <param name="operators">The new value of <see cref="Operators"/>; leave it out to keep it.</param>
    /// <param name="financiers">The new value of <see cref="Financiers"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<InfrastructureProject> With(
        Change<ProjectId?> id = default,
        Change<string?> name = default,
        Change<ProjectKind> kind = default,
        Change<EquatableArray<CountryCode>> route = default,
        Change<EquatableArray<StatusChange>> history = default,
        Change<EquatableArray<string>> aliases = default,
        Change<Quantity?> capacity = default,
        Change<Quantity?> length = default,
        Change<Money?> cost = default,
        Change<EquatableArray<string>> operators = default,
        Change<EquatableArray<string>> financiers = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            id.Or(Id),
            name.Or(Name),
            kind.Or(Kind),
            route.Or(Route),
            history.Or(History),
            aliases.Or(Aliases),
            capacity.Or(Capacity),
            length.Or(Length),
            cost.Or(Cost),
            operators.Or(Operators),
            financiers.Or(Financiers),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, ProjectId? id, string? name, ProjectKind kind, EquatableArray<CountryCode> route,
        EquatableArray<StatusChange> history, EquatableArray<string> aliases, Quantity? capacity, Quantity? length, Money? cost,
        EquatableArray<string> operators, EquatableArray<string> financiers, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, id, "/id");
        FieldRules.Name(ref errors, name, "/name");
        FieldRules.Defined(ref errors, kind, "/kind");
        FieldRules.DistinctItems(ref errors, route, "/route", nonEmpty: true);
        FieldRules.NoNulls(ref errors, history, "/history", nonEmpty: true);
        ValidateHistory(ref errors, history);
        FieldRules.Names(ref errors, aliases, "/aliases", nonEmpty: false);
        ValidateQuantity(ref errors, capacity, "/capacity", Units.IsCapacity, "a capacity unit (bcm/yr, Mt/yr, TEU/yr, trains/yr or MW)");
        ValidateQuantity(ref errors, length, "/length", unit => unit == Unit.Kilometres, "km");
        FieldRules.OptionalNonNegative(ref errors, cost, "/cost");
        FieldRules.Names(ref errors, operators, "/operators", nonEmpty: false);
        FieldRules.Names(ref errors, financiers, "/financiers", nonEmpty: false);
        FieldRules.Citations(ref errors, citations);
    }

    private static void ValidateHistory(ref ErrorCollector errors, EquatableArray<StatusChange> history)
    {
        for (var i = 1; i < history.Length; i++)
        {
            var change = history[i];
            var previous = history[i - 1];
            if (change is null || previous is null)
            {
                continue;
            }

            // The paths are built only when there is an error to report.
            if (change.Date < previous.Date)
            {
                errors.Add(ErrorCodes.ProjectHistoryUnordered, JsonPointer.Item("/history", i) + "/date", $"This change ({change.Date}) is dated before the one before it ({previous.Date}).");
            }

            if (!ProjectLifecycle.IsAllowed(previous.Status, change.Status))
            {
                errors.Add(ErrorCodes.ProjectHistoryIllegalTransition, JsonPointer.Item("/history", i) + "/status", $"A project cannot go from {previous.Status} to {change.Status}.");
            }
        }
    }

    private static void ValidateQuantity(ref ErrorCollector errors, Quantity? value, string path, System.Func<Unit, bool> allowed, string expected)
    {
        if (value is not { } quantity)
        {
            return;
        }

        if (quantity == default)
        {
            errors.Add(ErrorCodes.ValueRequired, path, "A quantity needs a unit; default(Quantity) is not a value.");
        }
        else if (!allowed(quantity.Unit))
        {
            errors.Add(ErrorCodes.QuantityUnitUnexpected, path, $"'{quantity}' is not in {expected}.");
        }
    }

    private static Validated ThrowIfInvalid(
        ProjectId? id, string? name, ProjectKind kind, EquatableArray<CountryCode> route, EquatableArray<StatusChange> history,
        EquatableArray<string> aliases, Quantity? capacity, Quantity? length, Money? cost, EquatableArray<string> operators,
        EquatableArray<string> financiers, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, name, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations);
        errors.ThrowIfAny(nameof(InfrastructureProject));
        return Validated.Yes;
    }
}
