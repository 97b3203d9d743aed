//! Integration tests: build fixtures with the real `pack`, run the real executables.
//!
//! One test binary for the whole suite (every test binary links, and V8 links slowly). Built
//! executables are shared between tests through `support`.

mod assets;
mod build_errors;
mod bundle;
mod cli;
mod differential;
mod http_abuse;
mod init;
mod npm_corpus;
mod payload_errors;
mod preinit;
mod run;
mod snapshot;
mod support;
