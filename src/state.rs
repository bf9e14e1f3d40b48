//! The one reducer that owns the app's state.

use std::rc::Rc;

use factline_core::Dataset;
use yew::Reducible;

use crate::services::dataset::LoadError;

/// A shared value compared by identity, so that props holding a large
/// dataset compare in constant time.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Where the dataset is in its journey from the network to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready(Shared<Dataset>),
    Failed(LoadError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub load: Load,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            load: Load::Loading,
        }
    }
}

/// Everything that can change the state.
pub enum Action {
    Loaded(Shared<Dataset>),
    Failed(LoadError),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let load = match action {
            Action::Loaded(dataset) => Load::Ready(dataset),
            Action::Failed(error) => Load::Failed(error),
        };
        Rc::new(AppState { load })
    }
}
