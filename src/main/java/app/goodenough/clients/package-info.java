@NullMarked
package app.goodenough.clients;

import org.jspecify.annotations.NullMarked;
