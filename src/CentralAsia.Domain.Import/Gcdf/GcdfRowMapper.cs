using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Internal;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Import.Gcdf;

/// <summary>
/// The mapping rules from a row of AidData's GCDF 3.0 sheet to a <see cref="FinanceCommitment"/>, columns by their
/// published names (trimmed: the workbook pads some amount headers with a space), in the order docs/import.md lists them.
/// </summary>
internal sealed class GcdfRowMapper : RowMapper<FinanceCommitment>
{
    internal const string RecordId = "AidData Record ID";
    internal const string RecipientIso = "Recipient ISO-3";
    internal const string Title = "Title";
    internal const string FundingAgencies = "Funding Agencies";
    internal const string FlowType = "Flow Type";
    internal const string FlowClass = "Flow Class";
    internal const string Status = "Status";
    internal const string Recommended = "Recommended For Aggregates";
    internal const string Umbrella = "Umbrella";
    internal const string Sector = "Sector Name";
    internal const string Financier = "Financier Country";
    internal const string CommitmentYear = "Commitment Year";
    internal const string CommitmentDate = "Commitment Date (MM/DD/YYYY)";
    internal const string StartYear = "Implementation Start Year";
    internal const string StartDate = "Actual Implementation Start Date (MM/DD/YYYY)";
    internal const string CompletionYear = "Completion Year";
    internal const string CompletionDate = "Actual Completion Date (MM/DD/YYYY)";
    internal const string Amount = "Amount (Original Currency)";
    internal const string Currency = "Original Currency";
    internal const string ConstantUsd = "Amount (Constant USD 2021)";
    internal const string AdjustedUsd = "Adjusted Amount (Constant USD 2021)";

    private static readonly string[] Required = [RecordId, RecipientIso, Title, FundingAgencies, FlowType, FlowClass, Status, Recommended];

    private static readonly string[] Optional =
        [Umbrella, Sector, Financier, CommitmentYear, CommitmentDate, StartYear, StartDate, CompletionYear, CompletionDate, Amount, Currency, ConstantUsd, AdjustedUsd];

    private readonly EquatableArray<SourceId> citations;
    private readonly IReadOnlyDictionary<int, ProjectId> projects;
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private RowSource source = null!;
    private List<ImportError> errors = null!;

    internal GcdfRowMapper(SourceId source, IReadOnlyDictionary<int, ProjectId> projects)
    {
        citations = [source];
        this.projects = projects;
    }

    internal override void Bind(RowSource rows)
    {
        source = rows;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in rows.Header)
        {
            if (name.Length > 0 && !seen.Add(name))
            {
                throw new FileFailure(new ImportError(ImportErrorCodes.ColumnDuplicate, $"The header names '{name}' twice.", rows.File, 1, column: name));
            }
        }

        foreach (var name in Required.Concat(Optional))
        {
            index[name] = rows.IndexOf(name);
        }

        if (index[RecordId] < 0 && index[RecipientIso] < 0)
        {
            throw new FileFailure(new ImportError(
                ImportErrorCodes.FileUnknownLayout,
                $"The header has neither '{RecordId}' nor '{RecipientIso}', so it is not AidData's GCDF 3.0 layout.",
                rows.File,
                1));
        }

        foreach (var name in Required)
        {
            if (index[name] < 0)
            {
                throw new FileFailure(new ImportError(ImportErrorCodes.ColumnMissing, $"The header lacks the column '{name}', which GCDF 3.0 has.", rows.File, 1, column: name));
            }
        }
    }

    internal override FinanceCommitment? Map(RowSource rows, List<ImportError> rowErrors, ImportSummary summary, out string? skipRule)
    {
        errors = rowErrors;
        skipRule = null;
        var financier = Text(Financier).Trim();
        if (!financier.IsEmpty && !financier.StartsWith("China", StringComparison.Ordinal))
        {
            skipRule = GcdfSkipRules.FinancierNotChina;
            return null;
        }

        var iso = Text(RecipientIso).Trim();
        if (iso.IsEmpty || !CountryCode.TryParse(iso, out var recipient))
        {
            skipRule = GcdfSkipRules.RecipientNotCountry;
            return null;
        }

        if (iso.Length != 3 || !char.IsAsciiLetter(iso[0]))
        {
            // A country code of another form (KG, 417) in an alpha-3 column is a wrong value, not a regional record.
            Invalid(RecipientIso, $"{CellText.Quote(iso)} is not an ISO 3166-1 alpha-3 code such as KGZ.");
            return null;
        }

        var id = Int(RecordId, required: true, min: 1) ?? 0;
        var title = RequiredText(Title);
        var agencies = Agencies();
        var flowType = RequiredText(FlowType);
        var flowClass = ClassOf();
        var status = StatusOf();
        var sector = OptionalText(Sector);
        var committed = Stage(CommitmentYear, CommitmentDate);
        var started = Stage(StartYear, StartDate);
        var completed = Stage(CompletionYear, CompletionDate);
        var amount = OriginalAmount();
        var usd = Usd(ConstantUsd);
        var adjusted = Usd(AdjustedUsd);
        var recommended = Flag(Recommended, required: true) ?? false;
        var umbrella = Flag(Umbrella, required: false) ?? false;
        if (errors.Count > 0)
        {
            return null;
        }

        var result = FinanceCommitment.TryCreate(
            id, recipient, title, agencies, flowType, flowClass, status, sector, committed, started, completed, amount, usd, adjusted,
            recommended, umbrella, projects.TryGetValue(id, out var project) ? project : null, citations);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                errors.Add(new ImportError(error.Code, error.Message, rows.File, rows.Line, column: ColumnOf(error.Path)));
            }

            return null;
        }

        return result.Value;
    }

    private EquatableArray<string> Agencies()
    {
        var text = Text(FundingAgencies);
        if (CellText.IsEmpty(text))
        {
            Missing(FundingAgencies);
            return default;
        }

        // AidData lists several agencies joined by '|'.
        var names = new List<string>();
        foreach (var range in text.Split('|'))
        {
            var name = text[range].Trim();
            if (!name.IsEmpty)
            {
                names.Add(name.ToString());
            }
        }

        return EquatableArray.From(names);
    }

    private FinanceFlowClass ClassOf()
    {
        var text = Text(FlowClass).Trim();
        switch (text)
        {
            case "ODA-like": return FinanceFlowClass.OdaLike;
            case "OOF-like": return FinanceFlowClass.OofLike;
            case "Vague (Official Finance)": return FinanceFlowClass.Vague;
        }

        if (text.IsEmpty)
        {
            Missing(FlowClass);
        }
        else
        {
            Invalid(FlowClass, $"{CellText.Quote(text)} is not a GCDF flow class: ODA-like, OOF-like or Vague (Official Finance).");
        }

        return default;
    }

    private FinanceStatus StatusOf()
    {
        var text = Text(Status).Trim();
        switch (text)
        {
            case "Pipeline: Pledge": return FinanceStatus.Pledged;
            case "Pipeline: Commitment": return FinanceStatus.Committed;
            case "Implementation": return FinanceStatus.Implementation;
            case "Completion": return FinanceStatus.Completed;
            case "Suspended": return FinanceStatus.Suspended;
            case "Cancelled": return FinanceStatus.Cancelled;
        }

        if (text.IsEmpty)
        {
            Missing(Status);
        }
        else
        {
            Invalid(Status, $"{CellText.Quote(text)} is not a GCDF status: Pipeline: Pledge, Pipeline: Commitment, Implementation, Completion, Suspended or Cancelled.");
        }

        return default;
    }

    // A stage's date: the dated column when given (MM/DD/YYYY, or a workbook date), else the year column; both must agree.
    private PartialDate? Stage(string yearColumn, string dateColumn)
    {
        var year = Int(yearColumn, required: false, min: 1, max: 9999);
        var text = Text(dateColumn).Trim();
        if (text.IsEmpty)
        {
            return year is { } y ? PartialDate.FromYear(y) : null;
        }

        if (!DateTime.TryParseExact(text, ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Invalid(dateColumn, $"{CellText.Quote(text)} is not a date in the form MM/DD/YYYY.");
            return null;
        }

        if (year is { } given && given != date.Year)
        {
            errors.Add(Error(ImportErrorCodes.ValuesDisagree, $"The date {text} is not in the {yearColumn} {given}.", dateColumn));
            return null;
        }

        return PartialDate.FromDate(NodaTime.LocalDate.FromDateTime(date));
    }

    private Money? OriginalAmount()
    {
        var amount = Decimal(Amount);
        var code = Text(Currency).Trim();
        if (amount is null)
        {
            return null;
        }

        if (code.IsEmpty)
        {
            errors.Add(Error(ImportErrorCodes.ValueMissing, $"The amount has no currency in '{Currency}'.", Currency));
            return null;
        }

        if (!CurrencyCode.TryParse(code, out var currency))
        {
            Invalid(Currency, $"{CellText.Quote(code)} is not an ISO 4217 currency code.");
            return null;
        }

        return new Money(amount.Value, currency);
    }

    private Money? Usd(string column) => Decimal(column) is { } amount ? new Money(amount, CurrencyCode.Usd) : null;

    private decimal? Decimal(string column)
    {
        var text = Text(column);
        if (CellText.IsEmpty(text))
        {
            return null;
        }

        if (!CellText.TryDecimal(text, out var value))
        {
            Invalid(column, $"{CellText.Quote(text)} is not a number.");
            return null;
        }

        return value;
    }

    private int? Int(string column, bool required, int min, int max = int.MaxValue)
    {
        var text = Text(column);
        if (CellText.IsEmpty(text))
        {
            if (required)
            {
                Missing(column);
            }

            return null;
        }

        if (!CellText.TryInt(text, out var value) || value < min || value > max)
        {
            Invalid(column, $"{CellText.Quote(text)} is not a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }

    private bool? Flag(string column, bool required)
    {
        var text = Text(column).Trim();
        if (text.IsEmpty)
        {
            if (required)
            {
                Missing(column);
            }

            return null;
        }

        if (text.Equals("Yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("No", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Invalid(column, $"{CellText.Quote(text)} is not Yes or No.");
        return null;
    }

    private string? RequiredText(string column)
    {
        var text = Text(column).Trim();
        if (text.IsEmpty)
        {
            Missing(column);
            return null;
        }

        return text.ToString();
    }

    private string? OptionalText(string column)
    {
        var text = Text(column).Trim();
        return text.IsEmpty ? null : text.ToString();
    }

    private ReadOnlySpan<char> Text(string column) => source[index[column]];

    private void Missing(string column) => errors.Add(Error(ImportErrorCodes.ValueMissing, "The value is empty.", column));

    private void Invalid(string column, string message) => errors.Add(Error(ImportErrorCodes.ValueInvalid, message, column));

    private ImportError Error(string code, string message, string column) => new(code, message, source.File, source.Line, column: column);

    private static string? ColumnOf(string path) => path switch
    {
        "/recordId" => RecordId,
        "/recipient" => RecipientIso,
        "/title" => Title,
        _ when path.StartsWith("/fundingAgencies", StringComparison.Ordinal) => FundingAgencies,
        "/flowType" => FlowType,
        "/sector" => Sector,
        "/committed" => CommitmentDate,
        "/implementationStarted" => StartDate,
        "/completed" => CompletionDate,
        _ when path.StartsWith("/amount", StringComparison.Ordinal) => Amount,
        _ when path.StartsWith("/constantUsd2021", StringComparison.Ordinal) => ConstantUsd,
        _ when path.StartsWith("/adjustedConstantUsd2021", StringComparison.Ordinal) => AdjustedUsd,
        _ => null,
    };
}
