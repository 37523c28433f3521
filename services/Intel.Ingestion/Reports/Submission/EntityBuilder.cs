namespace Intel.Ingestion.Reports;

/// <summary>Maps the validated field values of one entity (keyed by JSON name) onto the stored record.</summary>
internal static class EntityBuilder
{
    public static SubmittedEntity Build(string reference, string type, IReadOnlyDictionary<string, object> values)
    {
        string? Text(string name) => values.TryGetValue(name, out var v) ? (string)v : null;
        double? Number(string name) => values.TryGetValue(name, out var v) ? (double)v : null;

        return new SubmittedEntity
        {
            Ref = reference,
            Type = type,
            Name = Text("name"),
            Aliases = values.TryGetValue("aliases", out var aliases) ? (IReadOnlyList<string>)aliases : null,
            DateOfBirth = Text("dateOfBirth"),
            Nationality = Text("nationality"),
            Gender = Text("gender"),
            Number = Text("number"),
            Country = Text("country"),
            Address = Text("address"),
            DocumentType = Text("documentType"),
            IssuingCountry = Text("issuingCountry"),
            Mrz = Text("mrz"),
            SuspectedForgery = values.TryGetValue("suspectedForgery", out var forged) ? (bool)forged : null,
            Platform = Text("platform"),
            Handle = Text("handle"),
            Url = Text("url"),
            HullId = Text("hullId"),
            Description = Text("description"),
            Make = Text("make"),
            Model = Text("model"),
            Serial = Text("serial"),
            Iban = Text("iban"),
            Provider = Text("provider"),
            Kind = Text("kind"),
            Plate = Text("plate"),
            Vin = Text("vin"),
            Lat = Number("lat"),
            Lon = Number("lon"),
            RegistrationNumber = Text("registrationNumber"),
        };
    }
}
