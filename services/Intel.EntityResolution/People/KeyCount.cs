namespace Intel.EntityResolution.People;

/// <summary>How many person records, and how many distinct entities (at the record that started each), carry a blocking key.</summary>
public readonly record struct KeyCount(int Records, int Entities);
