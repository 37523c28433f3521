using System.Text.Encodings.Web;

namespace Intel.AnalystConsole.Languages;

/// <summary>The head of a page the console renders without Blazor, in the request's language and direction.</summary>
public static class Pages
{
    public static string Head(string title) =>
        $"<!doctype html><html lang=\"{Language.Current}\" dir=\"{Language.Direction(Language.Current)}\"><head><meta charset=\"utf-8\">" +
        $"<meta name=\"viewport\" content=\"width=device-width\"><title>{HtmlEncoder.Default.Encode(title)} · Intel</title>" +
        "<link rel=\"stylesheet\" href=\"/console/console.css\"></head><body>";
}
