package org.lexmaturity.store;

/** The store could not be reached or refused a request (a remote store down, a wrong URL or account). */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
