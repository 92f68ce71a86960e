package org.foiarchive.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing in the archive by that id: a 404 page, never an error trace. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFoundException extends RuntimeException {
  NotFoundException(String what) {
    super(what);
  }
}
