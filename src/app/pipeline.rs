//! The ordered pipeline: inputs summarised on worker threads, results handed on in input
//! order as soon as each is ready, with a bounded window of work ahead.

use super::Error;
use super::inputs::{self, Input};
use crate::input::InputFormat;
use crate::model::Summary;
use indicatif::ProgressBar;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, TryLockError};

/// What one input gives: its debates, or why it could not be read.
pub type Outcome = Result<Vec<Summary>, String>;

/// What takes results in input order.
pub trait InOrder {
    /// Takes the next input's result.
    fn write(&mut self, input: &Input, result: Outcome, bar: &ProgressBar) -> Result<(), Error>;
    /// Nothing more is ready yet: anything buffered should go out now.
    fn idle(&mut self) -> Result<(), Error>;
}

/// [`summarise_input`], with a panic (a bug) reported as that input's failure rather than
/// taking the rest of the batch down with it.
pub fn summarise_guarded(
    input: &Input,
    forced: Option<InputFormat>,
    max_size: u64,
    net: &crate::fetch::Net,
) -> Outcome {
    std::panic::catch_unwind(|| inputs::summarise_input(input, forced, max_size, net))
        .unwrap_or_else(|_| {
            Err("internal error while summarising this file (please report it)".to_string())
        })
}

/// How far, in inputs per worker, the workers may run ahead of what is written: bounds the
/// results held.
const AHEAD_PER_JOB: usize = 32;

/// Runs `work` on every input on `jobs` workers and hands each result to `sink` in input
/// order, as soon as it and every result before it are ready. Workers take inputs
/// in order; the one that finishes the next result due writes it, with any later ones
/// already waiting, while the others go on working (no separate writer thread to take turns
/// with them). Workers never run more than `AHEAD_PER_JOB` inputs each ahead of what is
/// written, so memory is bounded whatever the folder's size. Stops early, and returns the
/// error, when writing fails (a closed pipe, a full disk). One worker is this thread: no
/// thread is started that would only wait.
pub fn pipeline<S: InOrder + Send>(
    jobs: usize,
    inputs: &[Input],
    bar: &ProgressBar,
    work: impl Fn(&Input) -> Outcome + Sync,
    sink: &mut S,
) -> Result<(), Error> {
    let jobs = jobs.max(1);
    let shared = Shared {
        inputs,
        bar,
        window: AHEAD_PER_JOB * jobs,
        next: AtomicUsize::new(0),
        stop: AtomicBool::new(false),
        queue: Mutex::new(Queue {
            ready: std::collections::BTreeMap::new(),
            due: 0,
        }),
        advanced: Condvar::new(),
        writer: Mutex::new((sink, Ok(()))),
        warm: inputs.len() > 1 && jobs > 1,
    };
    if jobs == 1 {
        shared.worker(0, &work);
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| Error::Threads(format!("failed to start worker threads: {e}")))?;
        pool.scope(|scope| {
            for k in 0..jobs {
                let (shared, work) = (&shared, &work);
                scope.spawn(move |_| shared.worker(k, work));
            }
        });
    }
    let (_, result) = shared
        .writer
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    result
}

/// Results finished but not yet written, and how many have been written.
struct Queue {
    ready: std::collections::BTreeMap<usize, Outcome>,
    due: usize,
}

/// What the workers share.
struct Shared<'a, S> {
    inputs: &'a [Input],
    bar: &'a ProgressBar,
    /// How many inputs past the next one due a worker may take.
    window: usize,
    /// The next input to take.
    next: AtomicUsize,
    /// Set when writing failed: no more inputs are taken.
    stop: AtomicBool,
    queue: Mutex<Queue>,
    /// Signalled when a result is written (or writing stops).
    advanced: Condvar,
    /// The sink and how writing has gone, held by the worker that writes.
    writer: Mutex<(&'a mut S, Result<(), Error>)>,
    /// Build the matchers on two workers at once before the first input.
    warm: bool,
}

/// A lock whose holder panicked still guards consistent data here (every update is a single
/// assignment or insertion).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl<S: InOrder + Send> Shared<'_, S> {
    /// Takes inputs in order, within the window, until none is left or writing stopped.
    fn worker(&self, k: usize, work: &(impl Fn(&Input) -> Outcome + Sync)) {
        if self.warm {
            // The readers' and the analysis's matchers are built at the same time on two
            // workers, rather than one after the other while the rest wait.
            match k {
                0 => crate::input::warm(),
                1 => crate::analysis::warm(),
                _ => {}
            }
        }
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(input) = self.inputs.get(i) else {
                break;
            };
            {
                let mut q = lock(&self.queue);
                while i >= q.due + self.window && !self.stop.load(Ordering::Relaxed) {
                    q = self.advanced.wait(q).unwrap_or_else(|e| e.into_inner());
                }
            }
            if self.stop.load(Ordering::Relaxed) {
                break;
            }
            let outcome = work(input);
            self.bar.inc(1);
            lock(&self.queue).ready.insert(i, outcome);
            self.drain();
        }
    }

    /// Writes every result that is due, for as long as this worker holds the writer.
    fn drain(&self) {
        loop {
            let mut held = match self.writer.try_lock() {
                Ok(held) => held,
                Err(TryLockError::Poisoned(e)) => e.into_inner(),
                // Another worker is writing; it will take this result too.
                Err(TryLockError::WouldBlock) => return,
            };
            let (sink, result) = &mut *held;
            if self.write_due(&mut **sink, result)
                && result.is_ok()
                && let Err(e) = sink.idle()
            {
                *result = Err(e);
                self.stop.store(true, Ordering::Relaxed);
                // Any worker waiting for room wakes to see it.
                self.advanced.notify_all();
            }
            drop(held);
            // A result that became due after the last look, while this worker still held
            // the writer, was left for it: look again.
            let q = lock(&self.queue);
            if !q.ready.contains_key(&q.due) {
                return;
            }
        }
    }

    /// Writes the results due, in order; true when any was. After a failed write, results
    /// are only counted off, so no worker waits.
    fn write_due(&self, sink: &mut S, result: &mut Result<(), Error>) -> bool {
        let mut wrote = false;
        loop {
            let due = {
                let mut q = lock(&self.queue);
                let due = q.due;
                q.ready.remove(&due).map(|outcome| (due, outcome))
            };
            let Some((i, outcome)) = due else { break };
            if result.is_ok()
                && let Some(input) = self.inputs.get(i)
                && let Err(e) = sink.write(input, outcome, self.bar)
            {
                *result = Err(e);
                // Workers stop taking inputs at once.
                self.stop.store(true, Ordering::Relaxed);
            }
            lock(&self.queue).due = i + 1;
            self.advanced.notify_all();
            wrote = true;
        }
        wrote
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Records what it is given; fails on the input at `fail_at`, if any.
    struct Recorder<'a> {
        order: Vec<String>,
        started: &'a AtomicUsize,
        most_ahead: usize,
        fail_at: Option<usize>,
    }

    impl InOrder for Recorder<'_> {
        fn write(&mut self, input: &Input, result: Outcome, _: &ProgressBar) -> Result<(), Error> {
            let ahead = self.started.load(Ordering::SeqCst) - self.order.len();
            self.most_ahead = self.most_ahead.max(ahead);
            if self.fail_at == Some(self.order.len()) {
                return Err(Error::Output(
                    "disk full".to_string(),
                    std::io::Error::other("disk full"),
                ));
            }
            assert_eq!(result, Err(input.label()));
            self.order.push(input.label());
            Ok(())
        }

        fn idle(&mut self) -> Result<(), Error> {
            Ok(())
        }
    }

    fn inputs(n: usize) -> Vec<Input> {
        (0..n)
            .map(|i| Input::File(PathBuf::from(format!("{i:05}.txt"))))
            .collect()
    }

    /// Work of uneven length, so that results finish out of order.
    fn uneven(started: &AtomicUsize) -> impl Fn(&Input) -> Outcome + Sync {
        move |input| {
            let n = started.fetch_add(1, Ordering::SeqCst);
            // Now and then one takes far longer than the rest, as a long transcript does.
            let spin = if n.is_multiple_of(97) {
                2_000_000
            } else {
                (n * 7919) % 20_000
            };
            std::hint::black_box((0..spin).fold(0u64, |a, b| a ^ b as u64));
            Err(input.label())
        }
    }

    fn run(
        jobs: usize,
        n: usize,
        fail_at: Option<usize>,
    ) -> (Result<(), Error>, Recorder<'static>) {
        let started: &'static AtomicUsize = Box::leak(Box::new(AtomicUsize::new(0)));
        let mut sink = Recorder {
            order: Vec::new(),
            started,
            most_ahead: 0,
            fail_at,
        };
        let all = inputs(n);
        let got = pipeline(
            jobs,
            &all,
            &ProgressBar::hidden(),
            uneven(started),
            &mut sink,
        );
        (got, sink)
    }

    #[test]
    fn results_are_written_in_input_order_whatever_the_thread_count() {
        let want: Vec<String> = inputs(700).iter().map(Input::label).collect();
        for jobs in [1, 2, 3, 4] {
            let (got, sink) = run(jobs, 700, None);
            assert!(got.is_ok());
            assert_eq!(sink.order, want, "jobs = {jobs}");
        }
    }

    #[test]
    fn workers_stay_within_the_window_of_what_is_written() {
        for jobs in [1, 2, 4] {
            let (_, sink) = run(jobs, 1000, None);
            // Work starts on an input only once it is within the window of what is written.
            assert!(
                sink.most_ahead <= AHEAD_PER_JOB * jobs,
                "jobs = {jobs}: {} ahead",
                sink.most_ahead
            );
        }
    }

    #[test]
    fn a_failed_write_stops_the_work_and_is_returned() {
        let (got, sink) = run(2, 5000, Some(10));
        assert!(
            got.map_err(|e| e.to_string())
                .unwrap_err()
                .starts_with("disk full")
        );
        assert_eq!(sink.order.len(), 10);
        // Nothing past the window was started.
        assert!(sink.started.load(Ordering::SeqCst) <= 10 + AHEAD_PER_JOB * 2);
    }
}
