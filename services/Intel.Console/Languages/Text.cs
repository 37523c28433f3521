namespace Intel.AnalystConsole.Languages;

/// <summary>The console's strings: Text.resx (English), Text.ar.resx (Arabic), Text.ckb.resx (Central Kurdish).</summary>
public sealed class Text;
