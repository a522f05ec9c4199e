@NullMarked
package app.goodenough.clients.internal;

import org.jspecify.annotations.NullMarked;
