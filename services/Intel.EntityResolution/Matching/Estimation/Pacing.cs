using System.Diagnostics;

namespace Intel.EntityResolution.Matching.Estimation;

/// <summary>
/// Keeps a long computation to a share of one core by sleeping between steps, so learning beside resolution leaves
/// resolution the rest: a share of 1 never sleeps.
/// </summary>
public sealed class Pacing(double share)
{
    private const int StepsBetweenLooks = 256;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _slept;
    private int _steps;

    public async ValueTask StepAsync(CancellationToken ct)
    {
        if (share >= 1 || ++_steps % StepsBetweenLooks != 0)
        {
            return;
        }
        var busy = _wall.Elapsed - _slept;
        var owed = busy / share - _wall.Elapsed;
        if (owed > TimeSpan.Zero)
        {
            await Task.Delay(owed, ct);
            _slept += owed;
        }
    }
}
