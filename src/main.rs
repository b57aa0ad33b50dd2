//! Entry point of the browser app. Nothing else lives here: see [`medborgarloften::start`].

fn main() {
    medborgarloften::start();
}
