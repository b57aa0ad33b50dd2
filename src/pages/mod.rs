//! Pages: components that read context, the URL and resources, and hand plain data to leaf components.

mod promises_page;

pub use promises_page::PromisesPage;
