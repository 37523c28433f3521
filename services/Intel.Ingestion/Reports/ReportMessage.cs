using Intel.Contracts.Reports.V1;

namespace Intel.Ingestion.Reports;

/// <summary>The edge where a stored report becomes the ReportIngested contract, version 1.</summary>
public static class ReportMessage
{
    public static ReportIngested For(Report report) => new()
    {
        ReportId = report.Id,
        Reference = report.Submission.Reference,
        Agency = report.Agency,
        ReleasableTo = report.Submission.ReleasableTo,
        Tlp = report.Submission.Tlp,
        Grading = ToContract(report.Submission.Grading),
        ReceivedAt = report.ReceivedAt,
        ObservedAt = report.Submission.ObservedAt,
        Entities = [.. report.Submission.Entities.Select(ToContract)],
        Links = [.. report.Submission.Links.Select(l => new ReportLink(l.From, l.To, l.Type))],
    };

    private static Grading ToContract(SubmittedGrading g) => new(g.Source, g.Intelligence, g.Handling, g.Conditions);

    private static ReportedEntity ToContract(SubmittedEntity e) => new()
    {
        Ref = e.Ref, Type = e.Type,
        Name = e.Name, Aliases = e.Aliases, DateOfBirth = e.DateOfBirth, Nationality = e.Nationality, Gender = e.Gender,
        Number = e.Number, Country = e.Country, Address = e.Address,
        DocumentType = e.DocumentType, IssuingCountry = e.IssuingCountry, Mrz = e.Mrz, SuspectedForgery = e.SuspectedForgery,
        Platform = e.Platform, Handle = e.Handle, Url = e.Url,
        HullId = e.HullId, Description = e.Description,
        Make = e.Make, Model = e.Model, Serial = e.Serial,
        Iban = e.Iban, Provider = e.Provider, Kind = e.Kind,
        Plate = e.Plate, Vin = e.Vin,
        Lat = e.Lat, Lon = e.Lon,
        RegistrationNumber = e.RegistrationNumber,
    };
}
