//! The runtime's build id, in a section of its own so that `pack` can read it from the file
//! without running the runtime (see `pack_payload::read_build_id`).

mod generated {
    include!(concat!(env!("OUT_DIR"), "/build_id.rs"));
}

#[used]
#[unsafe(link_section = ".pack_build_id")]
pub static BUILD_ID: [u8; 16] = generated::BUILD_ID;
