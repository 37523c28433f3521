using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.Bench;

/// <summary>A record with the ground-truth identity of the person it describes.</summary>
internal sealed record LabelledRecord(PersonRecord Record, string Truth);
